namespace FletActors.Server.Tests.Interop;

/// <summary>
/// @connectrpc/connect-node's gRPC-Web transport sending and accepting gzip against the server compressing responses:
/// gRPC-Web follows the same compression rules as native gRPC.
/// </summary>
[Collection(CompressingInteropServerGroup.Name)]
public sealed class ConnectGrpcWebCompressionTests(CompressingInteropTestServer server)
{
    public static TheoryData<string> Cases => new()
    {
        "web_compressed_unary", "web_compressed_server_streaming", "web_compressed_over_limit",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ConnectGrpcWebClient_GzipCase_Passes(string testCase)
    {
        // Act + Assert
        InteropClients.RunConnectWebCase(server, testCase);
    }
}
