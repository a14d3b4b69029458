namespace FletActors.Packaging.Tests.Support;

/// <summary>The tests that share one pack of the repository.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPack : ICollectionFixture<PackedPackages>
{
    public const string Name = "packed packages";
}
