using System.IO.Compression;
using System.Xml.Linq;

namespace FletActors.Packaging.Tests.Support;

/// <summary>What a .nupkg holds: its entries and the metadata of its .nuspec.</summary>
public sealed class PackageFile
{
    private PackageFile(string path, IReadOnlyList<string> entries, XElement metadata)
    {
        Path = path;
        Entries = entries;
        Metadata = metadata;
    }

    public string Path { get; }

    public IReadOnlyList<string> Entries { get; }

    public XElement Metadata { get; }

    public string Id => Element("id");

    public string Version => Element("version");

    /// <summary>Each dependency of the package as id and version range, over all target framework groups.</summary>
    public IReadOnlyList<(string Id, string Version)> Dependencies =>
        Metadata.Elements().Where(e => e.Name.LocalName == "dependencies").Descendants()
            .Where(e => e.Name.LocalName == "dependency")
            .Select(e => (e.Attribute("id")!.Value, e.Attribute("version")!.Value))
            .ToList();

    public static PackageFile Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return new PackageFile(path, entries, metadata);
    }

    /// <summary>The text of metadata element <paramref name="name"/>, or "" when the nuspec has none.</summary>
    public string Element(string name) =>
        Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

    /// <summary>An attribute of metadata element <paramref name="name"/>, or "" when absent.</summary>
    public string Attribute(string name, string attribute) =>
        Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Attribute(attribute)?.Value ?? string.Empty;

    /// <summary>The bytes of entry <paramref name="entry"/>.</summary>
    public byte[] Read(string entry)
    {
        using var zip = ZipFile.OpenRead(Path);
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"{Path} has no entry {entry}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
