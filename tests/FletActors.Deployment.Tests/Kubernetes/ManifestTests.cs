using System.Reflection;
using System.Text.Json;
using FletActors.Cluster.Hosting;
using FletActors.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace FletActors.Deployment.Tests.Kubernetes;

/// <summary>
/// The manifests of k8s/ are valid Kubernetes objects and name the same option keys, ports, labels and health service
/// the server reads: keys and defaults come from <see cref="ClusterNodeOptionsReader"/>, <see cref="ClusterNodeOptions"/>
/// and <see cref="FletServerOptions"/>, never from a second list here.
/// </summary>
public sealed class ManifestTests(RenderedManifests manifests) : IClassFixture<RenderedManifests>
{
    private const string PodIp = "10.0.0.7";
    private const string RemotePortName = "akka-remote";

    private JsonElement Deployment => manifests.One("Deployment");

    private JsonElement PodSpec => Deployment.Get("spec").Get("template").Get("spec");

    private JsonElement Container => Assert.Single(PodSpec.Items("containers"));

    private Dictionary<string, string> PodLabels => Deployment.Get("spec").Get("template").Get("metadata").Get("labels").StringMap();

    [Fact]
    public void Kustomize_RendersEveryKindTheClusterNeeds_AllValidAgainstTheKubernetesSchema()
    {
        var kinds = manifests.Objects.Select(o => o.Str("kind")).Order().ToList();

        Assert.Equal(
            ["ConfigMap", "ConfigMap", "Deployment", "Namespace", "PodDisruptionBudget", "Role", "RoleBinding", "Service", "Service", "ServiceAccount"],
            kinds);
    }

    [Fact]
    public void Validator_ObjectTheSchemaRejects_FailsWithWhere()
    {
        var file = Path.Combine(Path.GetTempPath(), $"fletactors-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: broken}\nspec: {replicas: three, selector: {}, template: {}}\n");
        try
        {
            var result = RenderedManifests.Validate(file);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("Deployment broken", result.Error, StringComparison.Ordinal);
            Assert.Contains("spec/replicas must be integer", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Environment_NamesOnlyKeysTheServerReads()
    {
        var serverKeys = ServerOptionKeys(typeof(FletServerOptions)).ToHashSet();
        var named = Environment().Keys.Where(k => k.StartsWith("FletActors__", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, key =>
        {
            var path = key.Split("__")[1..];
            var known = path is ["Cluster", var clusterKey] ? ClusterNodeOptionsReader.Keys.Contains(clusterKey)
                : path is [var serverKey] && serverKeys.Contains(serverKey);
            Assert.True(known, $"{key} is not an option the server reads");
        });
    }

    [Fact]
    public void ClusterOptions_FromTheManifests_AreAValidKubernetesNode()
    {
        var options = ClusterOptions();

        options.Validate();
        Assert.Equal(ClusterDiscoveryMode.Kubernetes, options.Discovery);
        Assert.Equal(PodIp, options.AdvertisedHost);
        Assert.True(options.UsesBootstrap);
        Assert.Empty(options.SeedNodes);
        // Discovery lists the pods of the pod's own namespace, where the Role lets its service account list them.
        Assert.Equal(Deployment.Get("metadata").Str("namespace"), options.KubernetesNamespace);
        Assert.Equal(options.KubernetesNamespace, manifests.One("Role").Get("metadata").Str("namespace"));
        Assert.True(options.RequiredContactPoints <= Deployment.Get("spec").Get("replicas").GetInt32(),
            $"RequiredContactPoints {options.RequiredContactPoints} is more pods than the deployment runs: no cluster would form");
        var secret = Assert.Single(Container.Items("env"), e => e.Str("name") == "FletActors__Cluster__ClusterSecret");
        Assert.NotNull(secret.Get("valueFrom").Find("secretKeyRef"));
    }

    [Fact]
    public void Ports_ClusterPortsAgreeAcrossOptionsContainerAndHeadlessService()
    {
        var options = ClusterOptions();
        var headless = manifests.Objects.Single(o => o.Str("kind") == "Service" && o.Get("spec").Find("clusterIP")?.GetString() == "None");

        Assert.Equal(options.NodePort, ContainerPort(RemotePortName));
        Assert.Equal(options.ManagementPort, ContainerPort(FletActorsClusterHostingExtensions.ManagementPortName));
        Assert.True(headless.Get("spec").Get("publishNotReadyAddresses").GetBoolean());
        var targets = headless.Get("spec").Items("ports").Select(p => p.Get("targetPort").ToString()).Order();
        Assert.Equal([RemotePortName, FletActorsClusterHostingExtensions.ManagementPortName], targets);
    }

    [Fact]
    public void Ports_ClientServiceServesTheServersPortsWithoutAffinity()
    {
        var server = ServerOptions();
        var client = manifests.Objects.Single(o => o.Str("kind") == "Service" && o.Get("spec").Find("clusterIP") is null);

        Assert.Equal(server.GrpcPort, ContainerPort("grpc"));
        Assert.Equal(server.HttpPort, ContainerPort("http"));
        Assert.Equal("None", client.Get("spec").Str("sessionAffinity"));
        Assert.Equal(["grpc", "http"], client.Get("spec").Items("ports").Select(p => p.Get("targetPort").ToString()).Order());
    }

    [Fact]
    public void Labels_DiscoverySelectorServicesAndBudgetAllSelectThePods()
    {
        var discovery = ClusterOptions().KubernetesPodLabelSelector.Split(',')
            .Select(pair => pair.Split('=', 2)).ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim());
        var selectors = new[]
        {
            discovery,
            Deployment.Get("spec").Get("selector").Get("matchLabels").StringMap(),
            manifests.One("PodDisruptionBudget").Get("spec").Get("selector").Get("matchLabels").StringMap(),
        }.Concat(manifests.Objects.Where(o => o.Str("kind") == "Service").Select(s => s.Get("spec").Get("selector").StringMap()));

        Assert.All(selectors, selector =>
        {
            Assert.NotEmpty(selector);
            Assert.All(selector, label => Assert.Equal(label.Value, PodLabels.GetValueOrDefault(label.Key)));
        });
    }

    [Fact]
    public void Readiness_AsksTheGrpcHealthServiceForTheClusterReadinessTag_OnTheGrpcPort()
    {
        var grpc = Container.Get("readinessProbe").Get("grpc");

        Assert.Equal(ServerOptions().GrpcPort, grpc.Get("port").GetInt32());
        Assert.Equal(ClusterMemberUpCheck.ReadinessTag, grpc.Str("service"));
        Assert.Null(Container.Get("livenessProbe").Find("grpc")); // liveness must not hang on cluster membership
    }

    [Fact]
    public void Availability_ThreeReplicasBudgetKeepsAMajority_GraceCoversPreStopDrainAndLeave()
    {
        var replicas = Deployment.Get("spec").Get("replicas").GetInt32();
        var minAvailable = manifests.One("PodDisruptionBudget").Get("spec").Get("minAvailable").GetInt32();
        var preStop = Container.Get("lifecycle").Get("preStop").Get("exec").Get("command").EnumerateArray().Select(e => e.GetString()).ToList();
        var grace = PodSpec.Get("terminationGracePeriodSeconds").GetInt32();

        Assert.Equal(3, replicas);
        Assert.True(minAvailable * 2 > replicas, $"minAvailable {minAvailable} is no majority of {replicas}");
        Assert.Equal("sleep", preStop[0]);
        var stop = int.Parse(preStop[1]!, System.Globalization.CultureInfo.InvariantCulture)
            + ServerOptions().ShutdownTimeout.TotalSeconds + ClusterOptions().LeaveTimeout.TotalSeconds;
        Assert.True(grace > stop, $"terminationGracePeriodSeconds {grace} does not cover preStop, the drain and the leave ({stop} s)");
    }

    [Fact]
    public void Scrape_AnnotationsNameTheServersMetricsPortAndPath()
    {
        var server = ServerOptions();
        var annotations = Deployment.Get("spec").Get("template").Get("metadata").Get("annotations").StringMap();

        Assert.True(server.MetricsEnabled, "the manifests turn metrics off, yet ask Prometheus to scrape them");
        Assert.Equal("true", annotations["prometheus.io/scrape"]);
        Assert.Equal(server.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), annotations["prometheus.io/port"]);
        Assert.Equal(ContainerPort("http"), int.Parse(annotations["prometheus.io/port"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(server.MetricsPath, annotations["prometheus.io/path"]);
    }

    [Fact]
    public void Dashboard_GrafanaJsonInALabelledConfigMap_QueriesOnlyFletActorsMetrics()
    {
        var configMap = manifests.One("ConfigMap", "fletactors-grafana-dashboard");
        var labels = configMap.Get("metadata").Get("labels").StringMap();
        var json = Assert.Single(configMap.Get("data").StringMap()).Value;

        Assert.Equal("1", labels["grafana_dashboard"]);
        using var dashboard = JsonDocument.Parse(json);
        var panels = dashboard.RootElement.Items("panels").ToList();
        Assert.NotEmpty(panels);
        Assert.Equal(panels.Count, panels.Select(p => p.Get("id").GetInt32()).Distinct().Count());
        Assert.All(panels.SelectMany(p => p.Items("targets")), target =>
        {
            // Every selector in the dashboard names its metric followed by its label matchers.
            var metrics = System.Text.RegularExpressions.Regex.Matches(target.Str("expr"), "([a-zA-Z_:][a-zA-Z0-9_:]*)\\{")
                .Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(metrics);
            Assert.All(metrics, m => Assert.StartsWith("fletactors_", m, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Rbac_LetsTheDeploymentsServiceAccountListPods()
    {
        var account = PodSpec.Str("serviceAccountName");
        var binding = manifests.One("RoleBinding");
        var role = manifests.One("Role", binding.Get("roleRef").Str("name"));

        Assert.Equal(account, manifests.One("ServiceAccount").Get("metadata").Str("name"));
        Assert.Contains(binding.Items("subjects"), s => s.Str("kind") == "ServiceAccount" && s.Str("name") == account);
        Assert.Contains(role.Items("rules"), rule =>
            rule.Items("resources").Any(r => r.GetString() == "pods")
            && new[] { "get", "list", "watch" }.All(v => rule.Items("verbs").Any(x => x.GetString() == v)));
    }

    // What the container's environment holds: the ConfigMap of envFrom, then env, with stand-ins for values
    // Kubernetes fills in (the pod IP, the pod's namespace, the secret).
    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>();
        foreach (var source in Container.Items("envFrom"))
        {
            var configMap = manifests.One("ConfigMap", source.Get("configMapRef").Str("name"));
            foreach (var (key, value) in configMap.Get("data").StringMap())
            {
                environment[key] = value;
            }
        }

        foreach (var variable in Container.Items("env"))
        {
            environment[variable.Str("name")] = variable.Find("value")?.GetString()
                ?? (variable.Get("valueFrom").Find("fieldRef")?.Str("fieldPath") switch
                {
                    "status.podIP" => PodIp,
                    "metadata.namespace" => Deployment.Get("metadata").Str("namespace"),
                    _ => null,
                })
                ?? (variable.Get("valueFrom").Find("secretKeyRef") is not null ? new string('s', 48)
                : throw new Xunit.Sdk.XunitException($"no stand-in for {variable}"));
        }

        return environment;
    }

    private IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(Environment().Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ":", StringComparison.Ordinal), (string?)kv.Value)))
        .Build();

    private ClusterNodeOptions ClusterOptions() => ClusterNodeOptionsReader.Read(Configuration(), new ClusterNodeOptions());

    // FletServerOptionsReader is internal to the server; the keys it reads are the option names (TimeSpans in seconds).
    private FletServerOptions ServerOptions()
    {
        var section = Configuration().GetSection("FletActors");
        var defaults = new FletServerOptions();
        return defaults with
        {
            GrpcPort = section.GetValue("GrpcPort", defaults.GrpcPort),
            HttpPort = section.GetValue("HttpPort", defaults.HttpPort),
            ShutdownTimeout = TimeSpan.FromSeconds(section.GetValue("ShutdownTimeoutSeconds", defaults.ShutdownTimeout.TotalSeconds)),
            MetricsEnabled = section.GetValue("MetricsEnabled", defaults.MetricsEnabled),
            MetricsPath = section.GetValue("MetricsPath", defaults.MetricsPath)!,
        };
    }

    private int ContainerPort(string name) =>
        Assert.Single(Container.Items("ports"), p => p.Str("name") == name).Get("containerPort").GetInt32();

    private static IEnumerable<string> ServerOptionKeys(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null)
            .SelectMany(p => p.PropertyType.IsClass && p.PropertyType.Namespace?.StartsWith("FletActors", StringComparison.Ordinal) == true
                ? ServerOptionKeys(p.PropertyType)
                : [p.PropertyType == typeof(TimeSpan) ? p.Name + "Seconds" : p.Name]);
}
