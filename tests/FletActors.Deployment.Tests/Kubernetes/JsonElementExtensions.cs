using System.Text.Json;

namespace FletActors.Deployment.Tests.Kubernetes;

/// <summary>Short paths through rendered manifests; a missing property fails the test with its name.</summary>
public static class JsonElementExtensions
{
    public static JsonElement Get(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value : throw new Xunit.Sdk.XunitException($"no '{property}' in {element}");

    public static JsonElement? Find(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value : null;

    public static string Str(this JsonElement element, string property) => element.Get(property).GetString()!;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) =>
        element.Find(property) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static Dictionary<string, string> StringMap(this JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
}
