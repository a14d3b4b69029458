using System.Text.Json;
using FletActors.Testing;

namespace FletActors.Deployment.Tests.Kubernetes;

/// <summary>
/// k8s/ as Kubernetes would receive it: rendered by <c>kubectl kustomize</c>, every object validated against the
/// Kubernetes API schema by node/validate-manifests.mjs (kubernetes-models), and handed over as JSON.
/// </summary>
public sealed class RenderedManifests
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    public RenderedManifests()
    {
        Root = ExternalProcess.FindUp("FletActors.sln");
        var rendered = Kustomize(Path.Combine(Root, "k8s"));
        var file = Path.Combine(Path.GetTempPath(), $"fletactors-k8s-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, rendered);
        try
        {
            var result = Validate(file);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"k8s/ renders objects the Kubernetes schema rejects:\n{result}");
            }

            Objects = [.. JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Select(o => o.Clone())];
        }
        finally
        {
            File.Delete(file);
        }
    }

    public string Root { get; }

    public IReadOnlyList<JsonElement> Objects { get; }

    public static string NodeDirectory => Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "tests", "FletActors.Deployment.Tests", "node");

    /// <summary>Runs the schema validator on a YAML file.</summary>
    public static ProcessResult Validate(string yamlFile)
    {
        ExternalProcess.RequireNodePackages(NodeDirectory, "kubernetes-models", "yaml");
        return ExternalProcess.Run(ExternalProcess.Which("node")!, ["validate-manifests.mjs", yamlFile], ToolTimeout, NodeDirectory);
    }

    /// <summary>The only object of <paramref name="kind"/>, or the one named <paramref name="name"/>.</summary>
    public JsonElement One(string kind, string? name = null)
    {
        var matches = Objects.Where(o => o.Str("kind") == kind && (name is null || o.Get("metadata").Str("name") == name)).ToList();
        Assert.True(matches.Count == 1, $"expected one {kind}{(name is null ? "" : $" named {name}")}, found {matches.Count}");
        return matches[0];
    }

    private static string Kustomize(string directory)
    {
        var kubectl = ExternalProcess.Which("kubectl")
            ?? throw new InvalidOperationException("kubectl is missing: apt-get install -y kubernetes-client");
        var result = ExternalProcess.Run(kubectl, ["kustomize", directory], ToolTimeout, directory);
        return result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"kubectl kustomize k8s/ failed:\n{result}");
    }
}
