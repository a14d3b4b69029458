using System.Diagnostics;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// Finds and runs the independent clients' tools (python3-grpcio, node with @grpc/grpc-js and
/// @connectrpc/connect-node). A missing tool fails the test naming what to install; it never skips.
/// </summary>
public static class InteropTools
{
    public const string SystemPython = "/usr/bin/python3";

    private static readonly Lazy<string> PythonStubs = new(GeneratePythonStubs);
    private static readonly Lazy<string> DescriptorSet = new(GenerateDescriptorSet);

    /// <summary>This folder in the source tree: the scripts live here.</summary>
    public static string ScriptDirectory { get; } = Path.Combine(FindUp("FletActors.Server.Tests.csproj"), "Interop");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ScriptDirectory, "..", "..", ".."));

    /// <summary>The root of the .proto files (imports are relative to it).</summary>
    public static string ProtoRoot => Path.Combine(RepositoryRoot, "protos");

    /// <summary>The node packages the gRPC tests install with npm ci; the scripts load them from there.</summary>
    public static string NodeDirectory => Path.Combine(RepositoryRoot, "tests", "FletActors.Grpc.Tests", "node");

    /// <summary>session_pb2 and health_pb2 made by Debian's protoc into a temp dir.</summary>
    public static string PythonStubsDirectory => PythonStubs.Value;

    /// <summary>A FileDescriptorSet of session.proto, for clients that load schemas at run time.</summary>
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
        foreach (var package in new[] { "@grpc/grpc-js", "@grpc/proto-loader", "@connectrpc/connect-node", "@bufbuild/protobuf" })
        {
            Require(Directory.Exists(Path.Combine(NodeDirectory, "node_modules", package)),
                $"the node package {package} is missing: run `npm ci` in {NodeDirectory}");
        }
    }

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ScriptDirectory,
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

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    private static string GeneratePythonStubs()
    {
        var protoc = RequireProtoc();
        var directory = Directory.CreateTempSubdirectory("fletactors-session-py-").FullName;
        var result = Run(protoc,
            ["-I", Path.Combine(ProtoRoot, "fletactors", "v1"), "-I", Path.Combine(ProtoRoot, "grpc", "health", "v1"),
                $"--python_out={directory}", "session.proto", "health.proto"],
            TimeSpan.FromSeconds(60));
        Require(result.ExitCode == 0, $"protoc --python_out failed: {result}");
        return directory;
    }

    private static string GenerateDescriptorSet()
    {
        var protoc = RequireProtoc();
        var path = Path.Combine(Directory.CreateTempSubdirectory("fletactors-session-desc-").FullName, "session.binpb");
        var result = Run(protoc,
            ["-I", ProtoRoot, "--include_imports", $"--descriptor_set_out={path}", "fletactors/v1/session.proto", "grpc/health/v1/health.proto"],
            TimeSpan.FromSeconds(60));
        Require(result.ExitCode == 0, $"protoc --descriptor_set_out failed: {result}");
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
