using System.Diagnostics;

namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>
/// Locates and runs the independent clients' tools. A missing tool fails the test with what to install; it never
/// skips.
/// </summary>
public static class ExternalTools
{
    public const string SystemPython = "/usr/bin/python3";

    private static readonly Lazy<string> PythonStubs = new(GeneratePythonStubs);
    private static readonly Lazy<string> DescriptorSet = new(GenerateDescriptorSet);

    /// <summary>The test project's source folder (the scripts and the node packages live there).</summary>
    public static string ProjectDirectory { get; } = FindUp("FletActors.Grpc.Tests.csproj");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string ProtoDirectory => Path.Combine(ProjectDirectory, "Protos");

    public static string HealthProtoDirectory => Path.Combine(RepositoryRoot, "protos", "grpc", "health", "v1");

    public static string NodeDirectory => Path.Combine(ProjectDirectory, "node");

    /// <summary>Python message classes for the test and health protos, made by Debian's protoc into a temp dir.</summary>
    public static string PythonStubsDirectory => PythonStubs.Value;

    /// <summary>A FileDescriptorSet of the test proto, for clients that load schemas at run time.</summary>
    public static string DescriptorSetPath => DescriptorSet.Value;

    public static void RequirePythonGrpc()
    {
        Require(File.Exists(SystemPython), $"{SystemPython} is missing: apt-get install -y python3 python3-grpcio python3-protobuf");
        var probe = Run(SystemPython, ["-c", "import grpc, google.protobuf"], TimeSpan.FromSeconds(30));
        Require(probe.ExitCode == 0,
            $"python3-grpcio is missing: apt-get install -y python3-grpcio python3-protobuf ({probe.Error.Trim()})");
    }

    public static void RequireNodePackages()
    {
        Require(Which("node") is not null, "node is missing: apt-get install -y nodejs npm");
        Require(Directory.Exists(Path.Combine(NodeDirectory, "node_modules", "@grpc", "grpc-js"))
                && Directory.Exists(Path.Combine(NodeDirectory, "node_modules", "@connectrpc", "connect-node")),
            $"node packages are missing: run `npm ci` in {NodeDirectory}");
    }

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? ProjectDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(-1, output.Result, $"timed out after {timeout}\n{error.Result}");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    private static string GeneratePythonStubs()
    {
        var protoc = RequireProtoc();
        var directory = Directory.CreateTempSubdirectory("fletactors-py-stubs-").FullName;
        var result = Run(protoc,
            ["-I", ProtoDirectory, "-I", HealthProtoDirectory, $"--python_out={directory}", "interop_test.proto", "health.proto"],
            TimeSpan.FromSeconds(60));
        Require(result.ExitCode == 0, $"protoc --python_out failed: {result.Error}");
        return directory;
    }

    private static string GenerateDescriptorSet()
    {
        var protoc = RequireProtoc();
        var path = Path.Combine(Directory.CreateTempSubdirectory("fletactors-descriptors-").FullName, "interop.binpb");
        var result = Run(protoc,
            ["-I", ProtoDirectory, "--include_imports", $"--descriptor_set_out={path}", "interop_test.proto"],
            TimeSpan.FromSeconds(60));
        Require(result.ExitCode == 0, $"protoc --descriptor_set_out failed: {result.Error}");
        return path;
    }

    private static string RequireProtoc() =>
        Which("protoc") ?? throw new InvalidOperationException("protoc is missing: apt-get install -y protobuf-compiler");

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string FindUp(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, fileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"{fileName} not found above {AppContext.BaseDirectory}.");
    }
}
