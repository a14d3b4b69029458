using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace FletActors.Server.Hosting;

/// <summary>
/// Lets a client close a connection the server is done with. When Kestrel finishes an HTTP/2 connection (after
/// GOAWAY and the last stream, as in a graceful shutdown) it closes the socket at once; a frame the client sends in
/// that moment (an RTT PING, a WINDOW_UPDATE, an RST_STREAM) then meets a closed socket, the kernel answers with a TCP
/// reset, and the client loses what it had received but not yet read: the SessionClosed message and the trailers of
/// its session stream. So the server's reading side stays open after Kestrel is done, reading and dropping what
/// still arrives until the client closes its side (it does once it has read the GOAWAY and the end of its streams),
/// or <see cref="Limit"/> passes.
/// </summary>
internal static class ConnectionDrain
{
    /// <summary>The longest a finished connection waits for its client to close.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static Func<ConnectionDelegate, ConnectionDelegate> Middleware => next => async connection =>
    {
        var transport = connection.Transport;
        var input = new DeferredCompletionReader(transport.Input);
        connection.Transport = new DuplexPipe(input, transport.Output);
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            connection.Transport = transport;
            await DrainAsync(transport.Input, input.HttpLayerCompleted).ConfigureAwait(false);
        }
    };

    private static async Task DrainAsync(PipeReader input, bool httpLayerCompleted)
    {
        if (!httpLayerCompleted)
        {
            return;
        }

        using var limit = new CancellationTokenSource(Limit);
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(limit.Token).ConfigureAwait(false);
                input.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ConnectionResetException or InvalidOperationException)
        {
            // The limit passed, or the client reset or aborted the connection: nothing is left to protect.
        }

        await input.CompleteAsync().ConfigureAwait(false);
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>The transport's reader as the HTTP layer sees it; its completion is kept for the drain.</summary>
    private sealed class DeferredCompletionReader(PipeReader inner) : PipeReader
    {
        public bool HttpLayerCompleted { get; private set; }

        public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null)
        {
            if (exception is null)
            {
                HttpLayerCompleted = true;
                return;
            }

            inner.Complete(exception);
        }

        public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) => inner.ReadAsync(cancellationToken);

        public override bool TryRead(out ReadResult result) => inner.TryRead(out result);
    }
}
