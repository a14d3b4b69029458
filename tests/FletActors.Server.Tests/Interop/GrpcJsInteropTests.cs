namespace FletActors.Server.Tests.Interop;

/// <summary>@grpc/grpc-js (pure JavaScript HTTP/2, written by others) runs each interop case against the server.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class GrpcJsInteropTests(InteropTestServer server)
{
    public static TheoryData<string> Cases => PythonGrpcInteropTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void GrpcJsClient_InteropCase_Passes(string testCase)
    {
        // Act + Assert
        InteropClients.RunGrpcJsCase(server, testCase);
    }
}
