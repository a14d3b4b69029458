namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>The test classes that share one <see cref="GrpcTestServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GrpcServerGroup : ICollectionFixture<GrpcTestServer>
{
    public const string Name = "gRPC server";
}
