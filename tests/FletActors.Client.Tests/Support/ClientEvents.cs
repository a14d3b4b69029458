using System.Threading.Channels;
using FletActors.Protocol.V1;

namespace FletActors.Client.Tests.Support;

/// <summary>Records a session client's starts and state changes as they happen, for a test to await.</summary>
internal sealed class ClientEvents
{
    private readonly Channel<SessionStarted> starts = Channel.CreateUnbounded<SessionStarted>();
    private readonly Channel<SessionClientState> states = Channel.CreateUnbounded<SessionClientState>();

    public ClientEvents(SessionClient client)
    {
        client.Started += (_, started) => starts.Writer.TryWrite(started);
        client.StateChanged += (_, state) => states.Writer.TryWrite(state);
    }

    /// <summary>The next SessionStarted the client got (a start or a resume).</summary>
    public async Task<SessionStarted> NextStartAsync(TimeSpan deadline) =>
        await starts.Reader.ReadAsync().AsTask().WaitAsync(deadline);

    /// <summary>Completes when the client next enters <paramref name="state"/>.</summary>
    public async Task EntersAsync(SessionClientState state, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        while (await states.Reader.ReadAsync(timeout.Token) != state)
        {
        }
    }
}
