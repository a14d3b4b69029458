using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FletActors.Packaging.Tests.Support;

namespace FletActors.Packaging.Tests.Packages;

/// <summary>
/// <c>dotnet pack</c> of the solution gives exactly the packages an app references — <c>FletActors</c> with the layers
/// it is built from, the .NET client and the template — each with its readme, XML docs, symbols and licence, all at
/// the one version Directory.Build.props sets.
/// </summary>
[Collection(SharedPack.Name)]
public sealed class PackageContentsTests(PackedPackages packed)
{
    // Package id → the assembly it carries. The server's package is the one an app author adds, so it has the
    // short name.
    private static readonly Dictionary<string, string> Libraries = new()
    {
        ["FletActors"] = "FletActors.Server",
        ["FletActors.UI"] = "FletActors.UI",
        ["FletActors.Protocol"] = "FletActors.Protocol",
        ["FletActors.Sessions"] = "FletActors.Sessions",
        ["FletActors.Cluster"] = "FletActors.Cluster",
        ["FletActors.Client"] = "FletActors.Client",
    };

    private const string TemplatePackage = "FletActors.Templates";

    public static TheoryData<string> LibraryPackages() => new(Libraries.Keys);

    [Fact]
    public void PackSolution_GivesTheLibrariesAndTheTemplate_AndNoTestSampleOrBenchmark()
    {
        // Act
        var packages = Directory.EnumerateFiles(packed.Feed, "*.nupkg").Select(p => PackageFile.Open(p)).ToList();

        // Assert
        Assert.Equal(Libraries.Keys.Append(TemplatePackage).Order(StringComparer.Ordinal), packages.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(packages, p => Assert.Equal(RepositoryFiles.PackageVersion, p.Version));
    }

    [Theory]
    [MemberData(nameof(LibraryPackages))]
    public void LibraryPackage_CarriesReadmeXmlDocsLicenceAndSymbols(string id)
    {
        // Arrange
        var assembly = Libraries[id];
        var package = PackageFile.Open(packed.PathOf(id));

        // Act
        var symbols = PackageFile.Open(packed.PathOf(id, ".snupkg"));

        // Assert
        Assert.Equal("README.md", package.Element("readme"));
        Assert.Contains("README.md", package.Entries);
        Assert.StartsWith($"# {id}", System.Text.Encoding.UTF8.GetString(package.Read("README.md")).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal("expression", package.Attribute("license", "type"));
        Assert.False(string.IsNullOrWhiteSpace(package.Element("license")));
        Assert.False(string.IsNullOrWhiteSpace(package.Element("description")));
        Assert.Contains($"lib/net10.0/{assembly}.dll", package.Entries);
        Assert.Contains($"lib/net10.0/{assembly}.xml", package.Entries);
        Assert.Contains($"lib/net10.0/{assembly}.pdb", symbols.Entries);
    }

    [Theory]
    [MemberData(nameof(LibraryPackages))]
    public void LibraryAssembly_IsBuiltDeterministically(string id)
    {
        // Arrange
        var dll = PackageFile.Open(packed.PathOf(id)).Read($"lib/net10.0/{Libraries[id]}.dll");

        // Act
        using var pe = new PEReader(new MemoryStream(dll));
        var debugEntries = pe.ReadDebugDirectory();

        // Assert: the compiler marks an assembly whose bytes depend only on its inputs.
        Assert.Contains(debugEntries, e => e.Type == DebugDirectoryEntryType.Reproducible);
    }

    [Fact]
    public void FletActorsPackage_DependsOnItsLayersAtTheSameVersion_AndTheClientOnlyOnTheProtocol()
    {
        // Arrange
        var version = RepositoryFiles.PackageVersion;

        // Act
        var server = PackageFile.Open(packed.PathOf("FletActors")).Dependencies;
        var client = PackageFile.Open(packed.PathOf("FletActors.Client")).Dependencies;

        // Assert
        Assert.Equal(
            ["FletActors.Cluster", "FletActors.Protocol", "FletActors.Sessions", "FletActors.UI"],
            server.Where(d => d.Id.StartsWith("FletActors", StringComparison.Ordinal)).Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(server.Where(d => d.Id.StartsWith("FletActors", StringComparison.Ordinal)), d => Assert.Equal(version, d.Version));
        Assert.Equal([("FletActors.Protocol", version)], client.Where(d => d.Id.StartsWith("FletActors", StringComparison.Ordinal)));
    }

    [Fact]
    public void FletActorsPackage_EmbedsEveryFileOfTheWebClientBundle()
    {
        // Arrange
        var dist = Path.Combine(RepositoryFiles.Root, "clients", "web", "dist");
        var bundle = Directory.EnumerateFiles(dist).Select(Path.GetFileName).Where(n => n != "BUILD-INFO.json")
            .Select(n => $"webclient/{n}").Order(StringComparer.Ordinal).ToList();
        var dll = PackageFile.Open(packed.PathOf("FletActors")).Read("lib/net10.0/FletActors.Server.dll");

        // Act
        using var pe = new PEReader(new MemoryStream(dll));
        var reader = pe.GetMetadataReader();
        var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name))
            .Where(n => n.StartsWith("webclient/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        // Assert
        Assert.NotEmpty(bundle);
        Assert.Equal(bundle, resources);
    }

    [Fact]
    public void TemplatePackage_IsATemplatePackage_WhoseAppReferencesFletActorsAtTheSameVersion()
    {
        // Arrange
        var template = PackageFile.Open(packed.PathOf(TemplatePackage));

        // Act
        var appProject = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(template.Read("content/fletactors/MyApp.csproj")).TrimStart('\uFEFF'));
        var reference = appProject.Descendants("PackageReference").Single(e => e.Attribute("Include")?.Value == "FletActors");

        // Assert
        Assert.Equal("Template", template.Metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")?.Value);
        Assert.Contains("content/fletactors/.template.config/template.json", template.Entries);
        Assert.Equal(RepositoryFiles.PackageVersion, reference.Attribute("Version")?.Value);
        Assert.Empty(template.Dependencies);
        Assert.DoesNotContain(template.Entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }
}
