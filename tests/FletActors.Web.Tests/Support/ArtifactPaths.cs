namespace FletActors.Web.Tests.Support;

/// <summary>Where the tests write screenshots: test-output/ at the repository root, which git ignores.</summary>
internal static class ArtifactPaths
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    /// <summary>Screenshots the tests take on purpose, to look at.</summary>
    public static string Screenshots => Ensure(Path.Combine(RepositoryRoot.Value, "test-output", "screenshots"));

    /// <summary>Screenshots taken when a wait fails, named in the failure message.</summary>
    public static string Failures => Ensure(Path.Combine(Screenshots, "failures"));

    /// <summary>A file name made of <paramref name="what"/>, safe on every file system.</summary>
    public static string FileNameOf(string what)
    {
        var chars = what.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray();
        var name = new string(chars).Trim('-');
        while (name.Contains("--", StringComparison.Ordinal))
        {
            name = name.Replace("--", "-", StringComparison.Ordinal);
        }

        return name.Length > 80 ? name[..80] : name;
    }

    private static string Ensure(string directory)
    {
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FletActors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No FletActors.sln above {AppContext.BaseDirectory}: cannot place test-output/.");
    }
}
