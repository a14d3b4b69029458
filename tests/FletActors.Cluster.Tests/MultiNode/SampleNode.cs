using System.Net;
using FletActors.Testing;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>
/// One node of a <see cref="SampleCluster"/> or an <see cref="AuthSampleCluster"/>: its process, its native gRPC
/// endpoint, its HTTP endpoint (the web client and gRPC-Web) and the endpoint its cluster bootstrap contact point
/// listens on when it uses bootstrap.
/// </summary>
public sealed record SampleNode(NodeProcess Process, IPEndPoint GrpcEndPoint, IPEndPoint HttpEndPoint, IPEndPoint? ManagementEndPoint = null)
{
    /// <summary>The node's bootstrap contact point, the address its peers probe.</summary>
    public Uri ContactPointUrl => ManagementEndPoint is { } management
        ? new($"http://127.0.0.1:{management.Port}/")
        : throw new InvalidOperationException("This node was started without a management endpoint.");

    /// <summary>host:port of the gRPC endpoint.</summary>
    public string Target => $"127.0.0.1:{GrpcEndPoint.Port}";

    /// <summary>The node's own browser URL: a page opened here keeps its session on this node.</summary>
    public Uri HttpUrl => new($"http://127.0.0.1:{HttpEndPoint.Port}/");

    /// <summary>How many sessions of <paramref name="app"/> this node has logged as started.</summary>
    public int SessionsStarted(string app) =>
        Process.Lines.Count(l => l.Contains($"started app {app} ", StringComparison.Ordinal));
}
