namespace FletActors.Server.Tests.Interop;

/// <summary>@connectrpc/connect-node's gRPC-Web transport (binary, HTTP/1.1) against the server.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class ConnectGrpcWebTests(InteropTestServer server)
{
    public static TheoryData<string> Cases => new()
    {
        "web_empty_call", "web_unary", "web_server_streaming", "web_status_code_and_message",
        "web_streaming_error_after_messages", "web_unimplemented_method", "web_over_limit",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ConnectGrpcWebClient_Case_Passes(string testCase)
    {
        // Act + Assert
        InteropClients.RunConnectWebCase(server, testCase);
    }
}
