using System.Globalization;
using FletActors.Testing;

namespace FletActors.Server.Tests.Interop;

/// <summary>Runs one interop case in a client written by others against an interop server, and asserts it passed.</summary>
public static class InteropClients
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    private static string MaxMessageSize => InteropTestServer.MaxMessageSize.ToString(CultureInfo.InvariantCulture);

    /// <summary>python3-grpcio (Debian's /usr/bin/python3) over native gRPC.</summary>
    public static void RunPythonCase(InteropTestServer server, string testCase)
    {
        InteropTools.RequirePythonGrpc();
        var script = Path.Combine(InteropTools.ScriptDirectory, "python_interop_client.py");
        AssertPassed(testCase, InteropTools.Run(InteropTools.SystemPython,
            [script, InteropTools.InteropPythonStubsDirectory, $"127.0.0.1:{server.Http2Address.Port}", MaxMessageSize, testCase],
            CaseTimeout));
    }

    /// <summary>@grpc/grpc-js over native gRPC.</summary>
    public static void RunGrpcJsCase(InteropTestServer server, string testCase)
    {
        InteropTools.RequireNodePackages();
        var script = Path.Combine(InteropTools.NodeDirectory, "grpc_js_client.mjs");
        AssertPassed(testCase, InteropTools.Run("node",
            [script, InteropTools.InteropProtoDirectory, InteropTools.HealthProtoDirectory,
                $"127.0.0.1:{server.Http2Address.Port}", MaxMessageSize, testCase],
            CaseTimeout, InteropTools.NodeDirectory));
    }

    /// <summary>connect-node's gRPC-Web transport over HTTP/1.1.</summary>
    public static void RunConnectWebCase(InteropTestServer server, string testCase)
    {
        InteropTools.RequireNodePackages();
        var script = Path.Combine(InteropTools.NodeDirectory, "connect_web_client.mjs");
        AssertPassed(testCase, InteropTools.Run("node",
            [script, InteropTools.InteropDescriptorSetPath, server.Http1Address.ToString().TrimEnd('/'), MaxMessageSize, testCase],
            CaseTimeout, InteropTools.NodeDirectory));
    }

    private static void AssertPassed(string testCase, ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"PASS {testCase}", result.Output, StringComparison.Ordinal);
    }
}
