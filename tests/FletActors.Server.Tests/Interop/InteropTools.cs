using FletActors.Testing;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// Finds and runs the independent clients' tools (python3-grpcio, node with @grpc/grpc-js and
/// @connectrpc/connect-node). A missing tool fails the test naming what to install; it never skips.
/// </summary>
public static class InteropTools
{
    public const string SystemPython = ExternalProcess.SystemPython;

    private static readonly Lazy<string> PythonStubs = new(GeneratePythonStubs);
    private static readonly Lazy<string> DescriptorSet = new(GenerateDescriptorSet);
    private static readonly Lazy<string> InteropPythonStubs = new(GenerateInteropPythonStubs);
    private static readonly Lazy<string> InteropDescriptorSet = new(GenerateInteropDescriptorSet);

    /// <summary>This folder in the source tree: the scripts live here.</summary>
    public static string ScriptDirectory { get; } = Path.Combine(ExternalProcess.FindUp("FletActors.Server.Tests.csproj"), "Interop");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ScriptDirectory, "..", "..", ".."));

    /// <summary>The root of the .proto files (imports are relative to it).</summary>
    public static string ProtoRoot => Path.Combine(RepositoryRoot, "protos");

    /// <summary>The node packages tests/run.sh installs from the lock file; the scripts load them from there.</summary>
    public static string NodeDirectory => Path.Combine(ScriptDirectory, "node");

    /// <summary>The interop test service's .proto.</summary>
    public static string InteropProtoDirectory => Path.Combine(ScriptDirectory, "Protos");

    /// <summary>The grpc.health.v1 .proto.</summary>
    public static string HealthProtoDirectory => Path.Combine(ProtoRoot, "grpc", "health", "v1");

    /// <summary>session_pb2 and health_pb2 made by Debian's protoc into a temp dir.</summary>
    public static string PythonStubsDirectory => PythonStubs.Value;

    /// <summary>A FileDescriptorSet of session.proto, for clients that load schemas at run time.</summary>
    public static string DescriptorSetPath => DescriptorSet.Value;

    /// <summary>interop_test_pb2 and health_pb2 made by Debian's protoc into a temp dir.</summary>
    public static string InteropPythonStubsDirectory => InteropPythonStubs.Value;

    /// <summary>A FileDescriptorSet of the interop test service, for clients that load schemas at run time.</summary>
    public static string InteropDescriptorSetPath => InteropDescriptorSet.Value;

    public static void RequirePythonGrpc() => ExternalProcess.RequirePythonGrpc(ScriptDirectory);

    public static void RequireNodePackages() => ExternalProcess.RequireNodePackages(NodeDirectory, "@grpc/grpc-js", "@grpc/proto-loader", "@connectrpc/connect-node", "@bufbuild/protobuf");

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null) =>
        ExternalProcess.Run(fileName, arguments, timeout, workingDirectory ?? ScriptDirectory);

    private static string GeneratePythonStubs()
    {
        var directory = Directory.CreateTempSubdirectory("fletactors-py-stubs-").FullName;
        ExternalProcess.Protoc(["-I", Path.Combine(ProtoRoot, "fletactors", "v1"), "-I", Path.Combine(ProtoRoot, "grpc", "health", "v1"), $"--python_out={directory}", "session.proto", "health.proto"], ScriptDirectory);
        return directory;
    }

    private static string GenerateDescriptorSet()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fletactors-descriptors-").FullName, "schema.binpb");
        ExternalProcess.Protoc(["-I", ProtoRoot, "--include_imports", $"--descriptor_set_out={path}", "fletactors/v1/session.proto", "grpc/health/v1/health.proto"], ScriptDirectory);
        return path;
    }

    private static string GenerateInteropPythonStubs()
    {
        var directory = Directory.CreateTempSubdirectory("fletactors-py-interop-stubs-").FullName;
        ExternalProcess.Protoc(["-I", InteropProtoDirectory, "-I", HealthProtoDirectory, $"--python_out={directory}", "interop_test.proto", "health.proto"], ScriptDirectory);
        return directory;
    }

    private static string GenerateInteropDescriptorSet()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fletactors-interop-descriptors-").FullName, "schema.binpb");
        ExternalProcess.Protoc(["-I", InteropProtoDirectory, "--include_imports", $"--descriptor_set_out={path}", "interop_test.proto"], ScriptDirectory);
        return path;
    }
}
