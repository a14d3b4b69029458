namespace FletActors.Protocol;

/// <summary>Header names and content types of the gRPC and gRPC-Web wire protocols.</summary>
public static class GrpcProtocol
{
    /// <summary>The native gRPC content type.</summary>
    public const string ContentType = "application/grpc";

    /// <summary>The gRPC-Web binary content type.</summary>
    public const string WebContentType = "application/grpc-web";

    /// <summary>The gRPC-Web text (base64) content type.</summary>
    public const string WebTextContentType = "application/grpc-web-text";

    /// <summary>The status code trailer.</summary>
    public const string StatusHeader = "grpc-status";

    /// <summary>The percent-encoded status message trailer.</summary>
    public const string MessageHeader = "grpc-message";

    /// <summary>The call timeout header.</summary>
    public const string TimeoutHeader = "grpc-timeout";

    /// <summary>The message compression header.</summary>
    public const string EncodingHeader = "grpc-encoding";

    /// <summary>The header listing the compressions a peer accepts.</summary>
    public const string AcceptEncodingHeader = "grpc-accept-encoding";

    /// <summary>The suffix of metadata keys whose values are base64-encoded binary.</summary>
    public const string BinaryHeaderSuffix = "-bin";

    /// <summary>The HTTP/2 status code that RST_STREAM carries when a call is cancelled.</summary>
    public const int Http2CancelErrorCode = 0x8;
}
