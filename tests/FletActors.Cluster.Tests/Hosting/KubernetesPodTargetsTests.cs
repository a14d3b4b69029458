using FletActors.Cluster.Hosting;
using k8s.Models;

namespace FletActors.Cluster.Tests.Hosting;

public sealed class KubernetesPodTargetsTests
{
    [Fact]
    public void From_RunningPodsWithTheNamedPort_GivesPodIpAndThatPort()
    {
        var targets = KubernetesPodTargets.From([Pod("a", "10.0.0.7"), Pod("b", "10.0.0.8", managementPort: 9558)], "management");

        Assert.Equal([("10.0.0.7", 8558), ("10.0.0.8", 9558)], targets.Select(t => (t.Host, t.Port ?? 0)));
        Assert.All(targets, t => Assert.Equal(t.Host, t.Address?.ToString()));
    }

    [Fact]
    public void From_PodsNotRunningWithoutIpBeingDeletedOrWithoutThePort_AreLeftOut()
    {
        var deleting = Pod("d", "10.0.0.4");
        deleting.Metadata.DeletionTimestamp = DateTime.UtcNow;
        var noPort = Pod("e", "10.0.0.5");
        noPort.Spec.Containers[0].Ports = [new V1ContainerPort { ContainerPort = 4053, Name = "akka-remote" }];

        var targets = KubernetesPodTargets.From(
            [Pod("a", "10.0.0.1", phase: "Pending"), Pod("b", null), Pod("c", "10.0.0.3"), deleting, noPort], "management");

        Assert.Equal(["10.0.0.3"], targets.Select(t => t.Host));
    }

    [Fact]
    public void From_NoPortNameAsked_GivesPodIpsWithoutPort()
    {
        var target = Assert.Single(KubernetesPodTargets.From([Pod("a", "10.0.0.7")], null));

        Assert.Equal("10.0.0.7", target.Host);
        Assert.Null(target.Port);
    }

    private static V1Pod Pod(string name, string? ip, string phase = "Running", int managementPort = 8558) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1PodSpec
        {
            Containers = [new V1Container { Name = "server", Ports = [new V1ContainerPort { ContainerPort = 4053, Name = "akka-remote" }, new V1ContainerPort { ContainerPort = managementPort, Name = "management" }] }],
        },
        Status = new V1PodStatus { Phase = phase, PodIP = ip },
    };
}
