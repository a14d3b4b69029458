using FletActors.Packaging.Tests.Support;

namespace FletActors.Packaging.Tests.Restore;

/// <summary>
/// A clone restores on a machine that is not ours: with the package sources the repository's nuget.config names and
/// nothing else (no machine-wide sources, no fallback folders), into a package folder that starts empty. The second
/// test shows what it guards against: a source naming a local folder a user's machine does not have fails restore
/// with NU1301.
/// </summary>
public sealed class FreshMachineRestoreTests
{
    // Restoring every package of the solution into an empty folder extracts over a gigabyte; a loaded machine with a
    // slow registry may need minutes.
    private static readonly TimeSpan RestoreDeadline = TimeSpan.FromMinutes(10);

    [Fact]
    public void Solution_WithOnlyTheRepositorysSourcesAndAnEmptyPackageFolder_Restores()
    {
        // Arrange
        using var work = new TemporaryFolder("fresh-restore");
        var clone = CopyProjectFiles(work.Sub("clone"));

        // Act
        var result = DotNetCli.Try(
            ["restore", Path.Combine(clone, "FletActors.sln"), "--configfile", Path.Combine(clone, "nuget.config"), "--packages", work.Sub("packages")],
            clone, RestoreDeadline);

        // Assert
        Assert.True(result.ExitCode == 0, $"Restore with the repository's own sources failed: {result}");
        Assert.DoesNotContain("NU1301", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_WithASourceNamingAMissingLocalFolder_FailsWithNU1301()
    {
        // Arrange: the repository's sources plus a local folder this machine lacks, as a user's machine would
        using var work = new TemporaryFolder("missing-source");
        var clone = CopyProjectFiles(work.Sub("clone"));
        var missing = Path.Combine(work.Path, "local-feed-that-does-not-exist");
        var sources = NuGetConfig.Sources(Path.Combine(RepositoryFiles.Root, "nuget.config")).Append(("local", missing));
        var config = NuGetConfig.Write(work.Sub("config"), sources);

        // Act
        var result = DotNetCli.Try(
            ["restore", Path.Combine(clone, "src", "FletActors.Client", "FletActors.Client.csproj"), "--configfile", config, "--packages", work.Sub("packages")],
            clone, RestoreDeadline);

        // Assert
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("NU1301", result.Output, StringComparison.Ordinal);
        Assert.Contains(missing, result.Output, StringComparison.Ordinal);
    }

    // Restore reads only project, props and config files; copying them keeps the repository's own obj folders,
    // which the other tests run from, untouched.
    private static string CopyProjectFiles(string destination)
    {
        string[] patterns = ["*.sln", "*.csproj", "Directory.*.props", "Directory.*.targets", "nuget.config", "global.json"];
        foreach (var file in patterns.SelectMany(RepositoryFiles.Files).Distinct())
        {
            var target = Path.Combine(destination, Path.GetRelativePath(RepositoryFiles.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return destination;
    }
}
