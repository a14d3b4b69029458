namespace FletActors.Testing;

/// <summary>One sample of a <see cref="PrometheusScrape"/>.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
