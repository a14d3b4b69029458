using FletActors.Testing;

namespace FletActors.Packaging.Tests.Support;

/// <summary>
/// Runs the <c>dotnet</c> command line as a user would, with the environment a test gives it, and fails with the
/// command's output when it fails.
/// </summary>
public static class DotNetCli
{
    /// <summary>A proxy nothing listens on: set for a command that must not reach the network, it fails any attempt.</summary>
    public const string DeadProxy = "http://127.0.0.1:9";

    /// <summary>The environment of a command that must work offline: every HTTP request goes to <see cref="DeadProxy"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Offline = new Dictionary<string, string>
    {
        ["HTTP_PROXY"] = DeadProxy,
        ["HTTPS_PROXY"] = DeadProxy,
        ["http_proxy"] = DeadProxy,
        ["https_proxy"] = DeadProxy,
        ["NO_PROXY"] = string.Empty,
        ["no_proxy"] = string.Empty,
    };

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> and returns what it printed; throws unless it exits 0.</summary>
    public static ProcessResult Run(
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = Try(arguments, workingDirectory, timeout, environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed: {result}");
        }

        return result;
    }

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> and returns how it ended, whatever that was.</summary>
    public static ProcessResult Try(
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = ExternalProcess.StartInfo("dotnet", arguments, workingDirectory);
        // A command started from a test runs outside the build that started the runner: no MSBuild node or
        // properties of it may leak in.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start dotnet {string.Join(' ', arguments)}.");
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

    /// <summary>The machine's global packages folder, where restore keeps every package it has fetched.</summary>
    public static string GlobalPackagesFolder(string workingDirectory)
    {
        // "global-packages: /root/.nuget/packages/"
        var listed = Run(["nuget", "locals", "global-packages", "--list"], workingDirectory, TimeSpan.FromMinutes(2)).Output;
        const string Prefix = "global-packages:";
        var line = listed.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"dotnet nuget locals printed no global-packages folder:\n{listed}");
        return line[Prefix.Length..].Trim();
    }
}
