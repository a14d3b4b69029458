using System.Threading.Channels;

namespace FletActors.Client.Tests.Support;

/// <summary>Hands the session client a fresh in-memory connection per attempt and the test its server end.</summary>
internal sealed class InMemoryConnector : ISessionConnector
{
    private readonly Channel<InMemoryConnection.ServerEnd> accepted = Channel.CreateUnbounded<InMemoryConnection.ServerEnd>();
    private int refusals;
    private int attempts;

    /// <summary>How many times the client tried to connect.</summary>
    public int Attempts => Volatile.Read(ref attempts);

    /// <summary>Makes the next <paramref name="count"/> attempts fail as an unreachable server would.</summary>
    public void RefuseNext(int count) => Interlocked.Add(ref refusals, count);

    public ValueTask<ISessionConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Increment(ref attempts);
        if (Interlocked.Decrement(ref refusals) >= 0)
        {
            throw new IOException("Connection refused.");
        }

        Interlocked.Exchange(ref refusals, 0);
        var connection = new InMemoryConnection();
        accepted.Writer.TryWrite(connection.Server);
        return ValueTask.FromResult<ISessionConnection>(connection);
    }

    /// <summary>The server end of the next connection the client opens.</summary>
    public async Task<InMemoryConnection.ServerEnd> AcceptAsync()
    {
        using var deadline = new CancellationTokenSource(InMemoryConnection.ServerEnd.Deadline);
        try
        {
            return await accepted.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException("The client opened no connection in time.");
        }
    }
}
