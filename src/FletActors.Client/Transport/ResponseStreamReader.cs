using FletActors.Protocol;
using Google.Protobuf;

namespace FletActors.Client.Transport;

/// <summary>The response messages of a streaming call, read one at a time; <c>await foreach</c> works too.</summary>
/// <typeparam name="T">The response message type.</typeparam>
public sealed class ResponseStreamReader<T> : IAsyncEnumerable<T>
    where T : class, IMessage<T>
{
    private readonly ClientCall<T> call;
    private int reading;

    internal ResponseStreamReader(ClientCall<T> call) => this.call = call;

    /// <summary>Reads the next message; <see langword="null"/> when the server ended the call with OK.</summary>
    /// <exception cref="RpcException">The call ended with another status (including DEADLINE_EXCEEDED and
    /// CANCELLED).</exception>
    /// <exception cref="InvalidOperationException">Another read is still in progress.</exception>
    public async ValueTask<T?> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref reading, 1) == 1)
        {
            throw new InvalidOperationException("A read is already in progress; await each ReadAsync first.");
        }

        try
        {
            return await call.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref reading, 0);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await ReadAsync(cancellationToken).ConfigureAwait(false) is { } message)
        {
            yield return message;
        }
    }
}
