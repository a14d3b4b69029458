using System.IO.Compression;
using System.Net;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Net.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Client.Tests.Transport;

/// <summary>
/// A real Kestrel on 127.0.0.1 (HTTP/2, port 0) with two kinds of endpoint: our gRPC server compressing responses
/// with gzip (<c>/test.Echo/*</c>), and a hand-written endpoint (<c>/wire.Echo/Unary</c>) that records the request
/// exactly as it came off the wire and answers with frames compressed by the BCL's own streams.
/// </summary>
internal sealed class CompressionTestServer : IAsyncDisposable
{
    public const string EchoUnary = "/test.Echo/Unary";
    public const string EchoDuplex = "/test.Echo/Duplex";
    public const string WireUnary = "/wire.Echo/Unary";

    /// <summary>Request header telling the wire endpoint how to answer: gzip, snappy or bomb.</summary>
    public const string RespondHeader = "x-respond";

    private readonly WebApplication app;

    private CompressionTestServer(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>The grpc-encoding of the last request our gRPC server handled, and what it compressed responses with.</summary>
    public (string? Request, string? Response) LastServerEncodings { get; private set; }

    /// <summary>The last request the wire endpoint saw.</summary>
    public WireRequest? LastWireRequest { get; private set; }

    public static async Task<CompressionTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(o =>
        {
            o.ResponseCompressionAlgorithm = "gzip";
            o.CompressionProviders = [new GzipCompressionProvider(CompressionLevel.Fastest), new DeflateCompressionProvider(CompressionLevel.Fastest)];
        });
        CompressionTestServer? server = null;
        builder.Services.AddSingleton(_ => new EchoService(context => server!.Record(context)));
        server = new CompressionTestServer(builder.Build());
        server.app.MapGrpcService<EchoService>();
        server.app.MapPost(WireUnary, server.AnswerWireAsync);
        await server.app.StartAsync();
        server.Address = new Uri(server.app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return server;
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Record(ServerCallContext context)
    {
        // The response's grpc-encoding is set when its first message goes out, after the handler chose nothing;
        // grpc-dotnet keeps grpc-encoding out of RequestHeaders, so it is read from the HTTP request.
        var http = context.GetHttpContext();
        var request = http.Request.Headers["grpc-encoding"].FirstOrDefault();
        http.Response.OnStarting(() =>
        {
            LastServerEncodings = (request, http.Response.Headers["grpc-encoding"].FirstOrDefault());
            return Task.CompletedTask;
        });
    }

    private async Task AnswerWireAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        var encoding = http.Request.Headers["grpc-encoding"].FirstOrDefault();
        var payload = bytes.AsSpan(5).ToArray();
        var message = (bytes[0] & 1) != 0 ? Decompress(payload, encoding) : payload;
        LastWireRequest = new WireRequest(bytes[0], encoding, http.Request.Headers["grpc-accept-encoding"].FirstOrDefault(),
            message);

        var (responseEncoding, flags, responsePayload) = http.Request.Headers[RespondHeader].ToString() switch
        {
            "gzip" => ("gzip", (byte)1, Gzip(message)),
            "snappy" => ("snappy", (byte)1, message),
            // 8 MiB of zeros in a few KiB.
            "bomb" => ("gzip", (byte)1, Gzip(new byte[8 << 20])),
            _ => ((string?)null, (byte)0, message),
        };
        http.Response.ContentType = "application/grpc";
        if (responseEncoding is not null)
        {
            http.Response.Headers["grpc-encoding"] = responseEncoding;
        }

        var frame = new byte[5 + responsePayload.Length];
        frame[0] = flags;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), responsePayload.Length);
        responsePayload.CopyTo(frame, 5);
        await http.Response.Body.WriteAsync(frame);
        http.Response.AppendTrailer("grpc-status", "0");
    }

    private static byte[] Decompress(byte[] data, string? encoding)
    {
        using var input = new MemoryStream(data);
        using Stream decompressor = encoding == "deflate"
            ? new ZLibStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>One request as the wire endpoint received it; <paramref name="Message"/> is decompressed.</summary>
    internal sealed record WireRequest(byte Flags, string? Encoding, string? AcceptEncoding, byte[] Message)
    {
        public bool IsCompressed => (Flags & 1) != 0;

        public ByteString Value => BytesValue.Parser.ParseFrom(Message).Value;
    }

    /// <summary>
    /// <c>test.Echo</c> bound by hand: Grpc.AspNetCore finds each handler by name among the virtual methods of the
    /// class that declares the bind method, as it does for generated service bases.
    /// </summary>
    [BindServiceMethod(typeof(EchoService), nameof(BindService))]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1852:Seal internal types",
        Justification = "Grpc.AspNetCore binds virtual handler methods only.")]
    internal class EchoService(Action<ServerCallContext> record)
    {
        private static readonly Marshaller<BytesValue> Bytes = Marshallers.Create(m => m.ToByteArray(), BytesValue.Parser.ParseFrom);

        public static void BindService(ServiceBinderBase binder, EchoService? service)
        {
            binder.AddMethod(new Method<BytesValue, BytesValue>(MethodType.Unary, "test.Echo", "Unary", Bytes, Bytes),
                (UnaryServerMethod<BytesValue, BytesValue>?)null);
            binder.AddMethod(new Method<BytesValue, BytesValue>(MethodType.DuplexStreaming, "test.Echo", "Duplex", Bytes, Bytes),
                (DuplexStreamingServerMethod<BytesValue, BytesValue>?)null);
        }

        public virtual Task<BytesValue> Unary(BytesValue request, ServerCallContext context)
        {
            record(context);
            return Task.FromResult(request);
        }

        public virtual async Task Duplex(IAsyncStreamReader<BytesValue> requests, IServerStreamWriter<BytesValue> responses, ServerCallContext context)
        {
            record(context);
            await foreach (var request in requests.ReadAllAsync(context.CancellationToken))
            {
                // As the server configured before: messages under 1 KiB go uncompressed in a gzip stream.
                responses.WriteOptions = request.CalculateSize() < 1024 ? new WriteOptions(WriteFlags.NoCompress) : null;
                await responses.WriteAsync(request, context.CancellationToken);
            }
        }
    }
}
