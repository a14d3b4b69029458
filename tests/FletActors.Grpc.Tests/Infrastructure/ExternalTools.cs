using FletActors.Testing;

namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>
/// Locates and runs the independent clients' tools. A missing tool fails the test with what to install; it never
/// skips.
/// </summary>
public static class ExternalTools
{
    public const string SystemPython = ExternalProcess.SystemPython;

    private static readonly Lazy<string> PythonStubs = new(GeneratePythonStubs);
    private static readonly Lazy<string> DescriptorSet = new(GenerateDescriptorSet);

    /// <summary>The test project's source folder (the scripts and the node packages live there).</summary>
    public static string ProjectDirectory { get; } = ExternalProcess.FindUp("FletActors.Grpc.Tests.csproj");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string ProtoDirectory => Path.Combine(ProjectDirectory, "Protos");

    public static string HealthProtoDirectory => Path.Combine(RepositoryRoot, "protos", "grpc", "health", "v1");

    public static string NodeDirectory => Path.Combine(ProjectDirectory, "node");

    /// <summary>Python message classes for the test and health protos, made by Debian's protoc into a temp dir.</summary>
    public static string PythonStubsDirectory => PythonStubs.Value;

    /// <summary>A FileDescriptorSet of the test proto, for clients that load schemas at run time.</summary>
    public static string DescriptorSetPath => DescriptorSet.Value;

    public static void RequirePythonGrpc() => ExternalProcess.RequirePythonGrpc(ProjectDirectory);

    public static void RequireNodePackages() => ExternalProcess.RequireNodePackages(NodeDirectory, "@grpc/grpc-js", "@connectrpc/connect-node");

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null) =>
        ExternalProcess.Run(fileName, arguments, timeout, workingDirectory ?? ProjectDirectory);

    private static string GeneratePythonStubs()
    {
        var directory = Directory.CreateTempSubdirectory("fletactors-py-stubs-").FullName;
        ExternalProcess.Protoc(["-I", ProtoDirectory, "-I", HealthProtoDirectory, $"--python_out={directory}", "interop_test.proto", "health.proto"], ProjectDirectory);
        return directory;
    }

    private static string GenerateDescriptorSet()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("fletactors-descriptors-").FullName, "schema.binpb");
        ExternalProcess.Protoc(["-I", ProtoDirectory, "--include_imports", $"--descriptor_set_out={path}", "interop_test.proto"], ProjectDirectory);
        return path;
    }
}
