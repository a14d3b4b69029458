namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>The test classes that share one <see cref="CompressingGrpcTestServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class CompressingGrpcServerGroup : ICollectionFixture<CompressingGrpcTestServer>
{
    public const string Name = "gRPC server with response compression";
}
