using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.Tests.Support;

/// <summary>
/// The one Kubernetes API call cluster bootstrap makes, for tests where no API server can run: over TLS with a
/// certificate of its own, <c>GET /api/v1/namespaces/{namespace}/pods?labelSelector=…</c> with a bearer token answers
/// the given pods, serialized by KubernetesClient's own <see cref="KubernetesJson"/>; a wrong token gets 401, another
/// namespace or selector an empty list. <see cref="KubeconfigPath"/> points KubernetesClient at it.
/// </summary>
public sealed class KubernetesApiStandIn : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string directory;
    private int podLists;

    private KubernetesApiStandIn(WebApplication app, string directory, string kubeconfigPath)
    {
        this.app = app;
        this.directory = directory;
        KubeconfigPath = kubeconfigPath;
    }

    /// <summary>A kubeconfig naming this server, its certificate authority and the token it accepts.</summary>
    public string KubeconfigPath { get; }

    /// <summary>How many pod lists it has answered with pods.</summary>
    public int PodLists => Volatile.Read(ref podLists);

    public static async Task<KubernetesApiStandIn> StartAsync(string podNamespace, string labelSelector, IReadOnlyList<V1Pod> pods)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var serving = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(serving)));
        var app = builder.Build();
        var directory = Directory.CreateTempSubdirectory("fletactors-kubeapi-").FullName;
        KubernetesApiStandIn? standIn = null;
        app.MapGet("/api/v1/namespaces/{ns}/pods", (HttpContext context, string ns) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {token}")
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            var match = ns == podNamespace && context.Request.Query["labelSelector"] == labelSelector;
            if (match)
            {
                Interlocked.Increment(ref standIn!.podLists);
            }

            var list = new V1PodList { ApiVersion = "v1", Kind = "PodList", Metadata = new V1ListMeta(), Items = match ? [.. pods] : [] };
            return Results.Text(KubernetesJson.Serialize(list), "application/json");
        });
        await app.StartAsync();
        var port = new Uri(app.Urls.Single()).Port;

        var kubeconfig = Path.Combine(directory, "kubeconfig");
        var authority = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem()));
        await File.WriteAllTextAsync(kubeconfig, $$"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: stand-in
              cluster: { server: "https://127.0.0.1:{{port}}", certificate-authority-data: "{{authority}}" }
            users:
            - name: stand-in
              user: { token: "{{token}}" }
            contexts:
            - name: stand-in
              context: { cluster: stand-in, user: stand-in }
            current-context: stand-in
            """);
        standIn = new KubernetesApiStandIn(app, directory, kubeconfig);
        return standIn;
    }

    /// <summary>A running pod at 127.0.0.1 with the server's container ports, as k8s/deployment.yaml names them.</summary>
    public static V1Pod Pod(string name, string labelKey, string labelValue, int remotingPort, int managementPort, string managementPortName) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { [labelKey] = labelValue } },
        Spec = new V1PodSpec
        {
            Containers =
            [
                new V1Container
                {
                    Name = "server",
                    Ports =
                    [
                        new V1ContainerPort { Name = "akka-remote", ContainerPort = remotingPort },
                        new V1ContainerPort { Name = managementPortName, ContainerPort = managementPort },
                    ],
                },
            ],
        },
        Status = new V1PodStatus { Phase = "Running", PodIP = "127.0.0.1" },
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
