using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace FletActors.Client.Tests.Support;

/// <summary>
/// Sits between a gRPC channel and its HTTP handler and reads the calls as they cross the wire: the
/// <c>grpc-encoding</c> header each way, and the compressed flag of every length-prefixed message (gRPC over HTTP/2:
/// one flag byte, a 4-byte big-endian length, the message). Nothing is changed on the way.
/// </summary>
internal sealed class WireTap(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentQueue<string?> requestEncodings = new();
    private readonly ConcurrentQueue<string?> responseEncodings = new();

    /// <summary>The request messages, compressed and not.</summary>
    public MessageCount Requests { get; } = new();

    /// <summary>The response messages, compressed and not.</summary>
    public MessageCount Responses { get; } = new();

    /// <summary>The <c>grpc-encoding</c> of each call's requests (null for none), in call order.</summary>
    public IReadOnlyList<string?> RequestEncodings => [.. requestEncodings];

    /// <summary>The <c>grpc-encoding</c> of each call's responses (null for none), in call order.</summary>
    public IReadOnlyList<string?> ResponseEncodings => [.. responseEncodings];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requestEncodings.Enqueue(Encoding(request.Headers));
        if (request.Content is { } content)
        {
            request.Content = new TappedContent(content, Requests);
        }

        var response = await base.SendAsync(request, cancellationToken);
        responseEncodings.Enqueue(Encoding(response.Headers));
        response.Content = new TappedContent(response.Content, Responses);
        return response;
    }

    private static string? Encoding(HttpHeaders headers) =>
        headers.TryGetValues("grpc-encoding", out var values) ? string.Join(',', values) : null;

    /// <summary>Messages seen one way, over all calls.</summary>
    internal sealed class MessageCount
    {
        private int compressed;
        private int plain;

        public int Compressed => Volatile.Read(ref compressed);

        public int Plain => Volatile.Read(ref plain);

        public void Add(bool isCompressed)
        {
            if (isCompressed)
            {
                Interlocked.Increment(ref compressed);
            }
            else
            {
                Interlocked.Increment(ref plain);
            }
        }
    }

    /// <summary>Finds the message prefixes in one HTTP body, fed in whatever chunks it crosses the wire.</summary>
    private sealed class PrefixReader(MessageCount count)
    {
        private readonly byte[] prefix = new byte[5];
        private int prefixFilled;
        private long bodyLeft;

        public void Feed(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty)
            {
                if (bodyLeft > 0)
                {
                    var skipped = (int)Math.Min(bodyLeft, data.Length);
                    bodyLeft -= skipped;
                    data = data[skipped..];
                    continue;
                }

                prefix[prefixFilled++] = data[0];
                data = data[1..];
                if (prefixFilled == prefix.Length)
                {
                    count.Add(prefix[0] == 1);
                    bodyLeft = BinaryPrimitives.ReadUInt32BigEndian(prefix.AsSpan(1));
                    prefixFilled = 0;
                }
            }
        }
    }

    /// <summary>The same body, read or written through a <see cref="PrefixReader"/>.</summary>
    private sealed class TappedContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly PrefixReader reader;

        public TappedContent(HttpContent inner, MessageCount count)
        {
            this.inner = inner;
            reader = new PrefixReader(count);
            foreach (var (name, values) in inner.Headers)
            {
                Headers.TryAddWithoutValidation(name, values);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            inner.CopyToAsync(new TappedStream(stream, reader), context);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            inner.CopyToAsync(new TappedStream(stream, reader), context, cancellationToken);

        protected override async Task<Stream> CreateContentReadStreamAsync() =>
            new TappedStream(await inner.ReadAsStreamAsync(), reader);

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new TappedStream(await inner.ReadAsStreamAsync(cancellationToken), reader);

        protected override bool TryComputeLength(out long length)
        {
            length = inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class TappedStream(Stream inner, PrefixReader reader) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            reader.Feed(buffer.AsSpan(offset, read));
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            reader.Feed(buffer.Span[..read]);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count)
        {
            reader.Feed(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            reader.Feed(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
