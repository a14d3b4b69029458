namespace FletActors.Grpc.Calls;

internal enum GrpcWireMode
{
    Native,
    Web,
    WebText,
}
