using System.Reflection;
using System.Xml.Linq;

namespace FletActors.Architecture.Tests;

/// <summary>
/// Keeps the layers of docs/architecture.md (Layers) honest: each assembly may reference only the layers below it, checked both in
/// the compiled assemblies (what really loads) and in the project files (what a reader sees).
/// </summary>
public sealed class LayerDependencyTests
{
    // Layer → the FletActors layers it may use. Anything not FletActors.* is judged by ForbiddenExternals.
    private static readonly Dictionary<string, string[]> AllowedLayers = new()
    {
        ["FletActors.Protocol"] = [],
        ["FletActors.UI"] = [],
        ["FletActors.Client"] = ["FletActors.Protocol"],
        ["FletActors.Sessions"] = ["FletActors.UI", "FletActors.Protocol"],
        ["FletActors.Cluster"] = ["FletActors.Sessions", "FletActors.UI", "FletActors.Protocol"],
        ["FletActors.Server"] = ["FletActors.Cluster", "FletActors.Sessions", "FletActors.UI", "FletActors.Protocol"],
    };

    // The pure layers stay free of transport, serialization and the actor runtime, so they are testable without
    // sockets or actors; sessions run on Akka but know nothing of HTTP.
    private static readonly Dictionary<string, string[]> ForbiddenExternals = new()
    {
        ["FletActors.UI"] = ["Microsoft.AspNetCore", "Google.Protobuf", "Microsoft.Extensions.Logging", "Akka"],
        ["FletActors.Protocol"] = ["Microsoft.AspNetCore", "Grpc.AspNetCore", "Akka"],
        ["FletActors.Sessions"] = ["Microsoft.AspNetCore", "Grpc.AspNetCore"],
        ["FletActors.Client"] = ["Microsoft.AspNetCore", "Akka"],
        ["FletActors.Cluster"] = ["Microsoft.AspNetCore"],
    };

    // The engines docs/architecture.md (Engines) names: a layer that should stand on one and does not has grown a stand-in again.
    private static readonly Dictionary<string, string> RequiredEngines = new()
    {
        ["FletActors.Sessions"] = "Akka",
        ["FletActors.Server"] = "Akka.Hosting",
    };

    public static TheoryData<string> Layers() => new(AllowedLayers.Keys);

    [Theory]
    [MemberData(nameof(Layers))]
    public void Assembly_References_OnlyLayersBelowIt(string layer)
    {
        var references = Assembly.Load(layer).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var illegal = references
            .Where(r => r.StartsWith("FletActors.", StringComparison.Ordinal) && !AllowedLayers[layer].Contains(r))
            .ToList();
        var forbidden = references
            .Where(r => ForbiddenExternals.GetValueOrDefault(layer, []).Any(f => r.StartsWith(f, StringComparison.Ordinal)))
            .ToList();

        Assert.True(illegal.Count == 0, $"{layer} references {string.Join(", ", illegal)}, which docs/architecture.md (Layers) does not allow.");
        Assert.True(forbidden.Count == 0, $"{layer} references {string.Join(", ", forbidden)}; it must stay free of them.");
    }

    public static TheoryData<string, string> Engines()
    {
        var data = new TheoryData<string, string>();
        foreach (var (layer, engine) in RequiredEngines)
        {
            data.Add(layer, engine);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Layer_StandsOnItsEngine(string layer, string engine)
    {
        var references = Assembly.Load(layer).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains(engine, references);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void ProjectFile_References_OnlyLayersBelowIt(string layer)
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", layer, $"{layer}.csproj"));

        var referenced = project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        Assert.All(referenced, r => Assert.Contains(r, AllowedLayers[layer]));
    }

    [Fact]
    public void EveryProjectUnderSrc_HasAnEntryInTheLayerTable()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src")).Select(Path.GetFileName).ToList();

        Assert.All(projects, p => Assert.True(AllowedLayers.ContainsKey(p!), $"src/{p} is not in the layer table; add it with the layers it may use."));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FletActors.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No FletActors.sln above {AppContext.BaseDirectory}.");
    }
}
