namespace FletActors.Server.Tests.Interop;

/// <summary>The test classes that share one <see cref="CompressingInteropTestServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class CompressingInteropServerGroup : ICollectionFixture<CompressingInteropTestServer>
{
    public const string Name = "interop server with response compression";
}
