using System.IO.Compression;
using Grpc.Core;
using Grpc.Net.Compression;

namespace FletActors.Server.Hosting;

/// <summary>
/// A compression provider that answers a request message it cannot decompress with INTERNAL, as the gRPC status-code
/// spec asks ("could not decompress but compression algorithm supported"), instead of the UNKNOWN "Exception was
/// thrown by handler." grpc-dotnet gives when a provider's stream throws. Compression itself is the inner provider's.
/// </summary>
internal sealed class InternalOnCorruptCompressionProvider(ICompressionProvider inner) : ICompressionProvider
{
    public string EncodingName => inner.EncodingName;

    public Stream CreateCompressionStream(Stream stream, CompressionLevel? compressionLevel) =>
        inner.CreateCompressionStream(stream, compressionLevel);

    public Stream CreateDecompressionStream(Stream stream) =>
        new DecompressionStream(inner.CreateDecompressionStream(stream), inner.EncodingName);

    /// <summary>Reads through the inner decompression stream; its data errors become an INTERNAL status.</summary>
    private sealed class DecompressionStream(Stream inner, string encoding) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return inner.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                throw Corrupt(e);
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                throw Corrupt(e);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private RpcException Corrupt(InvalidDataException error) =>
            new(new Status(StatusCode.Internal, $"Failed to decompress the {encoding} request message: {error.Message}"));
    }
}
