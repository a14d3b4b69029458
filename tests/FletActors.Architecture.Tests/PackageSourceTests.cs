using System.Xml.Linq;

namespace FletActors.Architecture.Tests;

/// <summary>
/// A clone must restore on a user's machine, which has only remote feeds: a package source that names a local
/// folder fails there at once (NU1301 "The local source … doesn't exist").
/// </summary>
public sealed class PackageSourceTests
{
    [Fact]
    public void NuGetConfig_PackageSources_AreOnlyHttpsFeeds()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FletActors.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var configs = Directory.EnumerateFiles(root.FullName, "nuget.config", new EnumerationOptions
        {
            MatchCasing = MatchCasing.CaseInsensitive,
            RecurseSubdirectories = true,
        }).Where(p => !p.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                      && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                      && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(configs);
        var sources = configs
            .SelectMany(c => XDocument.Load(c).Descendants("packageSources").Elements("add")
                .Select(a => (Config: Path.GetRelativePath(root.FullName, c), Value: a.Attribute("value")?.Value ?? string.Empty)))
            .ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(
            s.Value.StartsWith("https://", StringComparison.Ordinal),
            $"{s.Config} names the package source \"{s.Value}\", which a user's machine does not have; use remote feeds only."));
    }
}
