namespace FletActors.Server.Tests.Interop;

/// <summary>python3-grpcio (gRPC core, written by others) runs each interop case against the server.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class PythonGrpcInteropTests(InteropTestServer server)
{
    public static TheoryData<string> Cases => new()
    {
        "ping_pong", "empty_stream", "cancel_after_begin", "cancel_after_first_response",
        "timeout_on_sleeping_server", "status_code_and_message", "special_status_message", "unimplemented_method",
        "unimplemented_service", "large_unary_at_limit", "large_unary_over_limit", "health_check",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PythonClient_InteropCase_Passes(string testCase)
    {
        // Act + Assert
        InteropClients.RunPythonCase(server, testCase);
    }
}
