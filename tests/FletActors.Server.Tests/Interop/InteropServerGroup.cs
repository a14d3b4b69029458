namespace FletActors.Server.Tests.Interop;

/// <summary>The test classes that share one <see cref="InteropTestServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class InteropServerGroup : ICollectionFixture<InteropTestServer>
{
    public const string Name = "interop server";
}
