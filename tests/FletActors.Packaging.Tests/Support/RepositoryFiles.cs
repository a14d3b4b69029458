using System.Xml.Linq;
using FletActors.Testing;

namespace FletActors.Packaging.Tests.Support;

/// <summary>Paths and settings of the repository the tests run in, read from its files, never retyped.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = ExternalProcess.FindUp("FletActors.sln");

    public static string Solution => Path.Combine(Root, "FletActors.sln");

    /// <summary>The one version every package is built with (VersionPrefix in Directory.Build.props).</summary>
    public static string PackageVersion { get; } = ReadVersion();

    /// <summary>The repository's files, without build output, node packages and git's own folder.</summary>
    public static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Root, pattern, new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive })
            .Where(p => !Path.GetRelativePath(Root, p).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "node_modules" or ".git" or "test-output"));

    private static string ReadVersion()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        var versions = props.Descendants("VersionPrefix").Select(e => e.Value.Trim()).ToList();
        if (versions.Count != 1 || versions[0].Length == 0)
        {
            throw new InvalidOperationException($"Directory.Build.props must set VersionPrefix exactly once; it sets it {versions.Count} times.");
        }

        return versions[0];
    }
}
