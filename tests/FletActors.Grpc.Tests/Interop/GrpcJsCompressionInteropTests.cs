using FletActors.Grpc.Tests.Infrastructure;

namespace FletActors.Grpc.Tests.Interop;

/// <summary>
/// @grpc/grpc-js with <c>grpc.default_compression_algorithm</c> gzip against our server compressing responses with
/// gzip: the same compression cases as the python client.
/// </summary>
[Collection(CompressingGrpcServerGroup.Name)]
public sealed class GrpcJsCompressionInteropTests(CompressingGrpcTestServer server)
{
    public static TheoryData<string> Cases => PythonGrpcCompressionInteropTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void GrpcJsClient_GzipCompressionCase_Passes(string testCase)
    {
        // Act + Assert
        InteropClients.RunGrpcJsCase(server, testCase);
    }
}
