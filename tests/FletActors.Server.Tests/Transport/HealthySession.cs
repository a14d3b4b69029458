using FletActors.Client;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// A well-behaved .NET client on the hello app beside whatever a test does to the server: each
/// <see cref="ClickAndSeeHelloAsync"/> proves the session still answers a click with its patch.
/// </summary>
public sealed class HealthySession : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SessionClient client;
    private int hellos;

    private HealthySession(SessionClient client) => this.client = client;

    public SessionClient Client => client;

    public static async Task<HealthySession> StartAsync(Uri grpcUrl)
    {
        var client = SessionClient.Create(grpcUrl);
        try
        {
            await client.StartAsync().WaitAsync(Patience);
            await client.WaitForAsync(SessionProbes.Button, Patience);
            return new HealthySession(client);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Clicks the button and waits for one more "Hello!"; returns how many the page shows.</summary>
    public async Task<int> ClickAndSeeHelloAsync()
    {
        var button = client.Inspect(SessionProbes.Button) ?? throw new InvalidOperationException("The hello button is gone.");
        await client.ClickAsync(button.Id);
        hellos++;
        await client.WaitForAsync(SessionProbes.HellosReach(hellos), Patience);
        Assert.Equal(SessionClientState.Connected, client.State);
        return hellos;
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();
}
