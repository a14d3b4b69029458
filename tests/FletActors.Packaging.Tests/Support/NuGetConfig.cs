using System.Xml.Linq;

namespace FletActors.Packaging.Tests.Support;

/// <summary>Writes a nuget.config that names exactly the given package sources and nothing a machine may add.</summary>
public static class NuGetConfig
{
    public static string Write(string folder, IEnumerable<(string Key, string Value)> sources)
    {
        var path = Path.Combine(folder, "nuget.config");
        new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("clear"),
                    sources.Select(s => new XElement("add", new XAttribute("key", s.Key), new XAttribute("value", s.Value)))),
                // Restore must not fall back to folders the machine's own configuration names.
                new XElement("fallbackPackageFolders", new XElement("clear")))).Save(path);
        return path;
    }

    /// <summary>The package sources a nuget.config names, as key and value.</summary>
    public static IReadOnlyList<(string Key, string Value)> Sources(string path) =>
        XDocument.Load(path).Descendants("packageSources").Elements("add")
            .Select(a => (a.Attribute("key")?.Value ?? string.Empty, a.Attribute("value")?.Value ?? string.Empty))
            .ToList();
}
