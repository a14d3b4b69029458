using System.Xml.Linq;
using FletActors.Packaging.Tests.Support;

namespace FletActors.Packaging.Tests.Repository;

/// <summary>Every package version pinned in Directory.Packages.props is one some project of the repository references.</summary>
public sealed class PackagePinTests
{
    [Fact]
    public void EveryPinnedPackage_IsReferencedByAProject()
    {
        // Arrange
        var pins = XDocument.Load(Path.Combine(RepositoryFiles.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion").Select(e => e.Attribute("Include")!.Value).ToList();
        var projectFiles = RepositoryFiles.Files("*.csproj")
            .Concat(RepositoryFiles.Files("Directory.Build.props"))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}content{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        // Act
        var referenced = projectFiles
            .SelectMany(p => XDocument.Load(p).Descendants("PackageReference"))
            .Select(e => e.Attribute("Include")?.Value ?? e.Attribute("Update")?.Value)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Assert
        Assert.NotEmpty(pins);
        var unused = pins.Where(p => !referenced.Contains(p)).ToList();
        Assert.True(unused.Count == 0, $"Directory.Packages.props pins {string.Join(", ", unused)}, which no project references; drop the pin.");
    }
}
