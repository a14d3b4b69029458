using System.Globalization;
using FletActors.Testing;

namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>Runs one interop case in a client written by others against a test server, and asserts it passed.</summary>
public static class InteropClients
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    private static string MaxMessageSize => GrpcTestServer.MaxMessageSize.ToString(CultureInfo.InvariantCulture);

    /// <summary>python3-grpcio (Debian's /usr/bin/python3) over native gRPC.</summary>
    public static void RunPythonCase(GrpcTestServer server, string testCase)
    {
        ExternalTools.RequirePythonGrpc();
        var script = Path.Combine(ExternalTools.ProjectDirectory, "Scripts", "python_interop_client.py");
        AssertPassed(testCase, ExternalTools.Run(ExternalTools.SystemPython,
            [script, ExternalTools.PythonStubsDirectory, $"127.0.0.1:{server.Http2Address.Port}", MaxMessageSize, testCase],
            CaseTimeout));
    }

    /// <summary>@grpc/grpc-js over native gRPC.</summary>
    public static void RunGrpcJsCase(GrpcTestServer server, string testCase)
    {
        ExternalTools.RequireNodePackages();
        var script = Path.Combine(ExternalTools.NodeDirectory, "grpc_js_client.mjs");
        AssertPassed(testCase, ExternalTools.Run("node",
            [script, ExternalTools.ProtoDirectory, ExternalTools.HealthProtoDirectory,
                $"127.0.0.1:{server.Http2Address.Port}", MaxMessageSize, testCase],
            CaseTimeout, ExternalTools.NodeDirectory));
    }

    /// <summary>connect-node's gRPC-Web transport over HTTP/1.1.</summary>
    public static void RunConnectWebCase(GrpcTestServer server, string testCase)
    {
        ExternalTools.RequireNodePackages();
        var script = Path.Combine(ExternalTools.NodeDirectory, "connect_web_client.mjs");
        AssertPassed(testCase, ExternalTools.Run("node",
            [script, ExternalTools.DescriptorSetPath, server.Http1Address.ToString().TrimEnd('/'), MaxMessageSize, testCase],
            CaseTimeout, ExternalTools.NodeDirectory));
    }

    private static void AssertPassed(string testCase, ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"PASS {testCase}", result.Output, StringComparison.Ordinal);
    }
}
