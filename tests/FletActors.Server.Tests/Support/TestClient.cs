using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Sessions;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// A real <see cref="SessionClient"/> over an <see cref="InMemorySessionConnector"/>, with the waits tests need:
/// <see cref="SettleAsync"/> returns once everything the test sent has run in the session and everything the session
/// sent has been applied to the mirror.
/// </summary>
internal sealed class TestClient : IAsyncDisposable
{
    private readonly SessionManager manager;
    private long sentByTest;

    public TestClient(SessionManager manager, SessionClientOptions options)
    {
        this.manager = manager;
        Connector = new InMemorySessionConnector(manager);
        Client = new SessionClient(options, Connector);
    }

    public SessionClient Client { get; }

    public InMemorySessionConnector Connector { get; }

    public string SessionId => Client.SessionId ?? throw new InvalidOperationException("The session has not started.");

    public async Task StartAsync()
    {
        await Client.StartAsync().WaitAsync(TestTimeouts.Condition);
        await Client.WaitForAsync(t => t.LastAppliedSeq > 0, TestTimeouts.Condition);
    }

    /// <summary>The mirror as text.</summary>
    public string Dump() => Client.Inspect(t => t.Dump());

    public IReadOnlyList<ErrorReport> Errors => Client.Errors;

    public ulong IdOf(string text) =>
        Client.Inspect(t => t.FindByText(text)?.Id) ?? throw new InvalidOperationException($"No control shows \"{text}\":\n{Dump()}");

    public IReadOnlyList<string> Texts(string type = "text") =>
        Client.Inspect(t => t.FindAllByType(type).Select(c => c.Text ?? string.Empty).ToList());

    public Task ClickAsync(string text) => SendEventAsync(IdOf(text), "click");

    public Task SendEventAsync(ulong controlId, string name, string data = "") =>
        SendAsync(c => c.SendEventAsync(controlId, name, data));

    /// <summary>Sends one client message (not an ack) through the real client and counts it for <see cref="SettleAsync"/>.</summary>
    public async Task SendAsync(Func<SessionClient, ValueTask> send)
    {
        Interlocked.Increment(ref sentByTest);
        await send(Client);
    }

    public async Task<ClientControl> WaitForTextAsync(string text) =>
        await Client.WaitForAsync(t => t.FindByText(text), TestTimeouts.Condition);

    public Task WaitForAsync(Func<ClientTree, bool> condition) => Client.WaitForAsync(condition, TestTimeouts.Condition);

    /// <summary>
    /// Waits until what the test sent has run in the session, every turn that was under way or queued has run, and
    /// what the session sent is in the mirror.
    /// </summary>
    /// <remarks>
    /// One no-op turn is not enough: the client can apply a batch while the turn that sent it is still running its
    /// mount callbacks, which queue further turns (RunTask bodies) behind our no-op. A second no-op is queued after
    /// that turn has ended, so behind everything it queued; rounds go on until one changes nothing.
    /// </remarks>
    public async Task SettleAsync()
    {
        await Connector.Delivered.WaitForAsync(Interlocked.Read(ref sentByTest), what: "count of delivered client messages");
        var connection = Connector.Current;
        var deadline = DateTime.UtcNow + TestTimeouts.Condition;
        for (var round = 1; ; round++)
        {
            var sentBefore = connection.Sent.Value;
            await manager.InvokeAsync(SessionId, static () => { }).WaitAsync(TestTimeouts.Condition);
            var sentAfter = connection.Sent.Value;
            await connection.Handled.WaitForAsync(sentAfter, what: "count of server messages the client handled");
            if (round >= 2 && sentAfter == sentBefore)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The session kept sending for {TestTimeouts.Condition} ({round} rounds); it never settled.");
            }
        }
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
