using FletActors.Protocol.V1;

namespace FletActors.Client.Tests.Support;

/// <summary>A session client wired to an in-memory connector and a manual clock, plus the steps every test starts with.</summary>
internal sealed class SessionHarness : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = InMemoryConnection.ServerEnd.Deadline;

    public static readonly ReconnectOptions ExactBackoff = new()
    {
        InitialDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromMilliseconds(1000),
        Multiplier = 2,
        JitterFraction = 0,
        MaxConsecutiveFailures = 5,
    };

    private SessionHarness(SessionClientOptions options)
    {
        Client = new SessionClient(options, Connector, loggerFactory: null, Time);
    }

    public InMemoryConnector Connector { get; } = new();

    public ManualTimeProvider Time { get; } = new();

    public SessionClient Client { get; }

    public static SessionHarness Create(SessionClientOptions? options = null) =>
        new(options ?? new SessionClientOptions { Reconnect = ExactBackoff });

    public static ServerMessage StartedMessage(string sessionId = "s1", string token = "t1", ulong epoch = 1, bool resumed = false) =>
        new()
        {
            Started = new SessionStarted
            {
                SessionId = sessionId,
                ResumeToken = token,
                Epoch = epoch,
                Resumed = resumed,
                SessionTimeoutSeconds = 60,
                MaxUnackedBatches = 16,
            },
        };

    /// <summary>Starts the client, answers its Register with a new session, and returns the server end and the Register.</summary>
    public async Task<(InMemoryConnection.ServerEnd Server, Register Register)> StartAsync(string sessionId = "s1", string token = "t1", ulong epoch = 1)
    {
        var start = Client.StartAsync();
        var server = await Connector.AcceptAsync();
        var hello = await server.NextAsync();
        Assert.Equal(ClientMessage.KindOneofCase.Register, hello.KindCase);
        server.Send(StartedMessage(sessionId, token, epoch));
        await start.WaitAsync(Deadline);
        return (server, hello.Register);
    }

    /// <summary>Starts the client on a session whose mirror already holds the given page (acknowledged).</summary>
    public async Task<InMemoryConnection.ServerEnd> StartWithPageAsync(PatchBatch reset)
    {
        var (server, _) = await StartAsync(epoch: reset.Epoch);
        server.Send(reset);
        Assert.Equal(new Ack { Epoch = reset.Epoch, Seq = reset.Seq }, await server.NextAckAsync());
        return server;
    }

    /// <summary>Breaks the connection, waits for the backoff timer, fires it, and returns the next connection's server end.</summary>
    public async Task<InMemoryConnection.ServerEnd> BreakAndReconnectAsync(InMemoryConnection.ServerEnd server)
    {
        server.Break();
        var delay = await Time.NextScheduledAsync();
        Time.Advance(delay);
        return await Connector.AcceptAsync();
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
