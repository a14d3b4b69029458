using System.Net;
using System.Net.Sockets;
using FletActors.Testing;
using Grpc.Net.Client;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// The sample server (samples/FletActors.Samples) as a process of its own on loopback with free ports: its meters
/// and console log are its own, as in production, untouched by the servers other tests run in this process. Ready
/// once it printed its "serving apps" line.
/// </summary>
public sealed class SampleServerProcess : IDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private SampleServerProcess(NodeProcess process, int httpPort, int grpcPort)
    {
        Process = process;
        HttpUrl = new Uri($"http://127.0.0.1:{httpPort}/");
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
    }

    public NodeProcess Process { get; }

    /// <summary>The HTTP/1.1 port: web client, gRPC-Web, metrics.</summary>
    public Uri HttpUrl { get; }

    /// <summary>A channel to the native gRPC port.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>Starts the server with <paramref name="arguments"/> on top of free ports, and waits until it serves.</summary>
    public static async Task<SampleServerProcess> StartAsync(params string[] arguments)
    {
        var dll = Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "samples", "FletActors.Samples", "bin", "Release", "net10.0",
            "FletActors.Samples.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build FletActors.sln in Release first.");
        }

        var (httpPort, grpcPort) = (FreePort(), FreePort());
        string[] all =
        [
            dll, "--FletActors:BindAddress=127.0.0.1", $"--FletActors:HttpPort={httpPort}", $"--FletActors:GrpcPort={grpcPort}",
            .. arguments,
        ];
        var process = NodeProcess.Start("dotnet", all, new Dictionary<string, string>(), Path.GetDirectoryName(dll)!);
        try
        {
            await process.WaitForLineAsync(l => l.Contains("FletActors serving apps", StringComparison.Ordinal), StartDeadline);
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return new SampleServerProcess(process, httpPort, grpcPort);
    }

    public void Dispose()
    {
        Channel.Dispose();
        Process.Dispose();
    }

    private static int FreePort() => LoopbackPorts.Free();
}
