using System.Diagnostics;

namespace FletActors.Testing;

/// <summary>What a finished external tool printed and how it exited.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>
/// Runs the tools of independent clients (python3-grpcio, node, protoc) for the interop tests of every test project.
/// A missing tool fails the test with what to install; it never skips.
/// </summary>
public static class ExternalProcess
{
    public const string SystemPython = "/usr/bin/python3";

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string workingDirectory)
    {
        var start = StartInfo(fileName, arguments, workingDirectory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(-1, output.Result, $"timed out after {timeout}\n{error.Result}");
        }

        // The parameterless wait also drains the redirected streams.
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>How every tool and node process is started: no shell, output and errors redirected.</summary>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    public static void RequirePythonGrpc(string workingDirectory)
    {
        Require(File.Exists(SystemPython), $"{SystemPython} is missing: apt-get install -y python3 python3-grpcio python3-protobuf");
        var probe = Run(SystemPython, ["-c", "import grpc, google.protobuf"], TimeSpan.FromSeconds(30), workingDirectory);
        Require(probe.ExitCode == 0,
            $"python3-grpcio is missing: apt-get install -y python3-grpcio python3-protobuf ({probe.Error.Trim()})");
    }

    /// <summary>Checks node and the named packages of <paramref name="nodeDirectory"/>'s node_modules.</summary>
    public static void RequireNodePackages(string nodeDirectory, params string[] packages)
    {
        Require(Which("node") is not null, "node is missing: apt-get install -y nodejs npm");
        foreach (var package in packages)
        {
            Require(Directory.Exists(Path.Combine(nodeDirectory, "node_modules", package)),
                $"the node package {package} is missing: run `npm ci` in {nodeDirectory}");
        }
    }

    /// <summary>Runs Debian's protoc with <paramref name="arguments"/>, failing with its output when it fails.</summary>
    public static void Protoc(IEnumerable<string> arguments, string workingDirectory)
    {
        var protoc = Which("protoc") ?? throw new InvalidOperationException("protoc is missing: apt-get install -y protobuf-compiler");
        var result = Run(protoc, arguments, TimeSpan.FromSeconds(60), workingDirectory);
        Require(result.ExitCode == 0, $"protoc failed: {result}");
    }

    public static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    /// <summary>The nearest folder above the test binaries that holds <paramref name="fileName"/>.</summary>
    public static string FindUp(string fileName)
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

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
