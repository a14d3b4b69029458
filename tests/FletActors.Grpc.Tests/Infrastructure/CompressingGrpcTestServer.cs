namespace FletActors.Grpc.Tests.Infrastructure;

/// <summary>The interop server with gzip response compression on, as a deployment that enables it runs.</summary>
public sealed class CompressingGrpcTestServer : GrpcTestServer
{
    public const string Encoding = "gzip";

    /// <summary>The default <see cref="GrpcServerOptions.ResponseCompressionMinSize"/> the server runs with.</summary>
    public static readonly int MinCompressedSize = GrpcServerOptions.Default.ResponseCompressionMinSize;

    public CompressingGrpcTestServer()
        : base(Encoding)
    {
    }
}
