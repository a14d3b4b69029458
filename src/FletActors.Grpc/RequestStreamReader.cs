using FletActors.Grpc.Calls;
using Google.Protobuf;

namespace FletActors.Grpc;

/// <summary>
/// The request messages of a client-streaming or duplex call, read one at a time; <c>await foreach</c> works too.
/// </summary>
/// <typeparam name="T">The request message type.</typeparam>
public sealed class RequestStreamReader<T> : IAsyncEnumerable<T>
    where T : class, IMessage<T>
{
    private readonly GrpcCall call;
    private readonly MessageParser<T> parser;
    private int reading;
    private T? current;

    internal RequestStreamReader(GrpcCall call, MessageParser<T> parser)
    {
        this.call = call;
        this.parser = parser;
    }

    /// <summary>The message the last successful <see cref="MoveNextAsync"/> read.</summary>
    /// <exception cref="InvalidOperationException">No message has been read.</exception>
    public T Current => current ?? throw new InvalidOperationException("Call MoveNextAsync before reading Current.");

    /// <summary>Reads the next message; <see langword="false"/> when the client has finished sending.</summary>
    /// <exception cref="InvalidOperationException">Another read is still in progress.</exception>
    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref reading, 1) == 1)
        {
            throw new InvalidOperationException("A read is already in progress; await each MoveNextAsync first.");
        }

        try
        {
            using var linked = cancellationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CancellationToken)
                : null;
            var message = await call.ReadMessageAsync(parser, linked?.Token ?? call.CancellationToken)
                .ConfigureAwait(false);
            if (message is null)
            {
                return false;
            }

            current = message;
            return true;
        }
        finally
        {
            Volatile.Write(ref reading, 0);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Current;
        }
    }
}
