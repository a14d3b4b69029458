using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Support;
using FletActors.Server.Tests.Transport;
using Google.Protobuf;
using Grpc.Core;

namespace FletActors.Server.Tests.Hosting;

/// <summary>The host's ResponseCompression option reaches the session service's stream.</summary>
public sealed class ResponseCompressionTests
{
    [Fact]
    public async Task Connect_ServerCompressesWithGzipAndClientAcceptsIt_PageArrivesGzipped()
    {
        // Arrange: a page large enough to compress, and a client that accepts gzip.
        await using var server = await LiveServer.StartAsync(
            b => b.AddApp("wide", page => page.Add(Enumerable.Range(0, 200).Select(i => new Text($"row {i}")).ToArray())),
            o => o with { ResponseCompression = "gzip", ResponseCompressionMinBytes = 64 },
            args: null);
        using var http = new HttpClient();

        // Act: register and end the request half, so the server ends the stream after what it queued.
        var response = await PostConnectAsync(http, server.GrpcUrl, acceptEncoding: "identity,gzip");
        var frames = await ReadFramesAsync(response);

        // Assert
        Assert.Equal("gzip", Header(response, "grpc-encoding"));
        var messages = frames.Select(f => (f.Compressed, Message: ServerMessage.Parser.ParseFrom(f.Compressed ? Gunzip(f.Payload) : f.Payload))).ToList();
        var batchFrame = frames[messages.FindIndex(m => m.Message.Patch is not null)];
        var batch = ServerMessage.Parser.ParseFrom(Gunzip(batchFrame.Payload)).Patch;
        Assert.True(batchFrame.Compressed && batchFrame.Payload.Length < ServerMessageSize(batch), "the batch went compressed");
        var mirror = new ClientTree();
        PatchApplier.Apply(mirror, batch);
        Assert.Equal(200, mirror.FindAllByType("text").Count);
    }

    [Fact]
    public async Task Connect_ClientDoesNotAcceptGzip_PageArrivesUncompressed()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync(
            b => b.AddApp("wide", page => page.Add(Enumerable.Range(0, 200).Select(i => new Text($"row {i}")).ToArray())),
            o => o with { ResponseCompression = "gzip", ResponseCompressionMinBytes = 64 },
            args: null);
        using var http = new HttpClient();

        // Act
        var response = await PostConnectAsync(http, server.GrpcUrl, acceptEncoding: "identity");
        var frames = await ReadFramesAsync(response);

        // Assert
        Assert.Null(Header(response, "grpc-encoding"));
        Assert.All(frames, f => Assert.False(f.Compressed));
        Assert.Contains(frames, f => ServerMessage.Parser.ParseFrom(f.Payload).Patch is not null);
    }

    private static async Task<HttpResponseMessage> PostConnectAsync(HttpClient http, Uri grpcUrl, string acceptEncoding)
    {
        var register = new ClientMessage { Register = new Register { Route = "/", PageWidth = 800, PageHeight = 600 } };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(grpcUrl, "/fletactors.v1.SessionService/Connect"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(WireFrames.Frame(register)),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation("grpc-accept-encoding", acceptEncoding);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(TestTimeouts.Condition);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static async Task<List<(bool Compressed, byte[] Payload)>> ReadFramesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync().WaitAsync(TestTimeouts.Condition);
        var frames = new List<(bool, byte[])>();
        for (var offset = 0; offset < body.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(offset + 1, 4));
            frames.Add((body[offset] == WireFrames.CompressedFlag, body.AsSpan(offset + WireFrames.PrefixLength, length).ToArray()));
            offset += WireFrames.PrefixLength + length;
        }

        Assert.Equal("0", response.TrailingHeaders.GetValues("grpc-status").Single());
        return frames;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private static int ServerMessageSize(PatchBatch batch) => new ServerMessage { Patch = batch }.CalculateSize();

    private static byte[] Gunzip(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
