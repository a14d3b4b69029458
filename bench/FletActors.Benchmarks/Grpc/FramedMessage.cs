using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Benchmarks.Grpc;

internal static class FramedMessage
{
    /// <summary>The message as gRPC puts it on the wire, so the floor moves exactly as many bytes.</summary>
    public static byte[] ToByteArrayFramed(this IMessage message) => GrpcFrameCodec.EncodeMessage(message);
}
