namespace FletActors.Server.Tests.Interop;

/// <summary>The interop server with gzip response compression on, as a deployment that enables it runs.</summary>
public sealed class CompressingInteropTestServer : InteropTestServer
{
    public const string Encoding = "gzip";

    public CompressingInteropTestServer()
        : base(Encoding)
    {
    }
}
