namespace FletActors.Server.Tests.Interop;

/// <summary>
/// python3-grpcio with gzip channel compression against the server compressing responses with gzip: compressed
/// requests are decoded, compressed responses are read, and the limit applies to the decompressed size.
/// </summary>
[Collection(CompressingInteropServerGroup.Name)]
public sealed class PythonGrpcCompressionInteropTests(CompressingInteropTestServer server)
{
    public static TheoryData<string> Cases => new()
    {
        "compressed_large_unary", "compressed_server_streaming", "compressed_client_streaming", "compressed_ping_pong",
        "compressed_unary_at_limit", "compressed_unary_over_limit",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PythonClient_GzipCompressionCase_Passes(string testCase)
    {
        // Act + Assert
        InteropClients.RunPythonCase(server, testCase);
    }
}
