namespace FletActors.Server.Tests.Interop;

/// <summary>
/// @grpc/grpc-js with <c>grpc.default_compression_algorithm</c> gzip against the server compressing responses with
/// gzip: the same compression cases as the python client.
/// </summary>
[Collection(CompressingInteropServerGroup.Name)]
public sealed class GrpcJsCompressionInteropTests(CompressingInteropTestServer server)
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
