using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using FletActors.Testing;

namespace FletActors.Cluster.Tests.Testing;

public sealed class RoundRobinLoadBalancerTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly List<EchoBackend> backends = [new("a"), new("b"), new("c")];
    private RoundRobinLoadBalancer balancer = null!;

    public Task InitializeAsync()
    {
        balancer = new RoundRobinLoadBalancer(backends.Select(b => b.EndPoint));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await balancer.DisposeAsync();
        await Task.WhenAll(backends.Select(b => b.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task Connections_GoToEachBackendInTurn_AndAreCounted()
    {
        var greeted = new List<string>();
        foreach (var _ in Enumerable.Range(0, 6))
        {
            using var client = await ConnectAsync();
            greeted.Add(await ReadGreetingAsync(client));
        }

        Assert.Equal(["a", "b", "c", "a", "b", "c"], greeted);
        Assert.All(backends, b => Assert.Equal(2, balancer.ConnectionsPerBackend[b.EndPoint]));
    }

    [Fact]
    public async Task Bytes_CrossBothWaysUnchanged_AndAHalfCloseReachesTheBackend()
    {
        using var client = await ConnectAsync();
        await ReadGreetingAsync(client);
        var sent = RandomNumberGenerator.GetBytes(1 << 20);

        var stream = client.GetStream();
        var echoed = ReadToEndAsync(stream);
        await stream.WriteAsync(sent).AsTask().WaitAsync(Deadline);
        client.Client.Shutdown(SocketShutdown.Send);

        // The echo backend only finishes after it saw our end, so a complete echo proves the half-close went through.
        Assert.Equal(sent, await echoed.WaitAsync(Deadline));
    }

    [Fact]
    public async Task Drop_TakesTheBackendOutOfTurnAndResetsItsOpenConnections()
    {
        using var onA = await ConnectAsync();
        using var onB = await ConnectAsync();
        Assert.Equal("a", await ReadGreetingAsync(onA));
        Assert.Equal("b", await ReadGreetingAsync(onB));

        balancer.Drop(backends[1].EndPoint, closeOpenConnections: true);

        Assert.Equal(0, await ReadUntilClosedAsync(onB.GetStream()));
        var greeted = new List<string>();
        foreach (var _ in Enumerable.Range(0, 4))
        {
            using var client = await ConnectAsync();
            greeted.Add(await ReadGreetingAsync(client));
        }

        Assert.DoesNotContain("b", greeted);
        Assert.Equal(1, balancer.ConnectionsPerBackend[backends[1].EndPoint]);
    }

    [Fact]
    public async Task RefusingBackend_IsSkippedForThatConnection_AndNotCounted()
    {
        backends[0].StopListening();

        using var client = await ConnectAsync();

        Assert.Equal("b", await ReadGreetingAsync(client));
        Assert.Equal(0, balancer.ConnectionsPerBackend[backends[0].EndPoint]);
    }

    [Fact]
    public async Task Dispose_StopsListening()
    {
        var endPoint = balancer.EndPoint;

        await balancer.DisposeAsync();
        balancer = new RoundRobinLoadBalancer([]);

        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(endPoint).WaitAsync(Deadline));
    }

    private async Task<TcpClient> ConnectAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync(balancer.EndPoint).WaitAsync(Deadline);
        return client;
    }

    private static async Task<string> ReadGreetingAsync(TcpClient client)
    {
        var stream = client.GetStream();
        var text = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one).AsTask().WaitAsync(Deadline) == 1 && one[0] != '\n')
        {
            text.Append((char)one[0]);
        }

        return text.ToString();
    }

    private static async Task<byte[]> ReadToEndAsync(NetworkStream stream)
    {
        using var all = new MemoryStream();
        await stream.CopyToAsync(all);
        return all.ToArray();
    }

    // Bytes read before the connection ended; a reset counts as an end.
    private static async Task<int> ReadUntilClosedAsync(NetworkStream stream)
    {
        var buffer = new byte[1024];
        var total = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(Deadline)) > 0)
            {
                total += read;
            }
        }
        catch (IOException)
        {
        }

        return total;
    }
}
