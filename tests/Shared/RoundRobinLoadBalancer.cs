using System.Net;
using System.Net.Sockets;

namespace FletActors.Testing;

/// <summary>
/// A TCP load balancer on loopback for multi-node tests: listens on a free port and hands each accepted connection to
/// the next live backend in turn, copying bytes both ways (half-closes pass through). A backend that refuses the
/// connection (a killed node) is skipped for that connection; <see cref="Drop"/> takes a backend out of the rotation.
/// No session affinity, like the client-facing Kubernetes service.
/// </summary>
public sealed class RoundRobinLoadBalancer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly object gate = new();
    private readonly List<IPEndPoint> backends;
    private readonly Dictionary<IPEndPoint, int> connections = [];
    private readonly Dictionary<IPEndPoint, List<TcpClient>> open = [];
    private readonly List<Task> pumps = [];
    private readonly Task acceptLoop;
    private int next;

    /// <summary>Starts listening at once; <see cref="EndPoint"/> says where.</summary>
    public RoundRobinLoadBalancer(IEnumerable<IPEndPoint> backends)
    {
        this.backends = [.. backends];
        foreach (var backend in this.backends)
        {
            connections[backend] = 0;
            open[backend] = [];
        }

        listener.Start();
        EndPoint = (IPEndPoint)listener.LocalEndpoint;
        acceptLoop = AcceptAsync();
    }

    /// <summary>The address clients connect to.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>How many connections each backend has been given.</summary>
    public IReadOnlyDictionary<IPEndPoint, int> ConnectionsPerBackend
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<IPEndPoint, int>(connections);
            }
        }
    }

    /// <summary>
    /// Takes <paramref name="backend"/> out of the rotation; with <paramref name="closeOpenConnections"/> its open
    /// connections are reset too, as a balancer does when its health check fails.
    /// </summary>
    public void Drop(IPEndPoint backend, bool closeOpenConnections)
    {
        List<TcpClient> toClose;
        lock (gate)
        {
            backends.Remove(backend);
            toClose = closeOpenConnections ? [.. open[backend]] : [];
        }

        foreach (var client in toClose)
        {
            // A connection that ended meanwhile has already let go of its socket: nothing is left to reset.
            try
            {
                if (client.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
            }
            catch (ObjectDisposedException)
            {
            }

            client.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        await acceptLoop.ConfigureAwait(false);
        List<TcpClient> all;
        Task[] running;
        lock (gate)
        {
            all = [.. open.Values.SelectMany(c => c)];
            running = [.. pumps];
        }

        all.ForEach(c => c.Close());
        await Task.WhenAll(running).ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (gate)
            {
                pumps.RemoveAll(p => p.IsCompleted);
                pumps.Add(ForwardAsync(client));
            }
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using var _ = client;
        var (backend, upstream) = await ConnectToNextAsync().ConfigureAwait(false);
        if (upstream is null)
        {
            return;
        }

        using (upstream)
        {
            // Like a real balancer, forward small frames at once: with Nagle on, a gRPC message written after an
            // unacknowledged one waits for the peer's delayed ACK (~40 ms on Linux).
            client.NoDelay = true;
            upstream.NoDelay = true;
            lock (gate)
            {
                open[backend!].Add(client);
                open[backend!].Add(upstream);
            }

            try
            {
                await Task.WhenAll(
                    CopyAsync(client.Client, upstream.Client),
                    CopyAsync(upstream.Client, client.Client)).ConfigureAwait(false);
            }
            finally
            {
                lock (gate)
                {
                    open[backend!].Remove(client);
                    open[backend!].Remove(upstream);
                }
            }
        }
    }

    // Tries each live backend once, starting with the next in turn; null when none accepts.
    private async Task<(IPEndPoint? Backend, TcpClient? Upstream)> ConnectToNextAsync()
    {
        List<IPEndPoint> order;
        lock (gate)
        {
            if (backends.Count == 0)
            {
                return (null, null);
            }

            var first = next++ % backends.Count;
            order = [.. backends.Skip(first), .. backends.Take(first)];
        }

        foreach (var backend in order)
        {
            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(backend, stopping.Token).ConfigureAwait(false);
                lock (gate)
                {
                    connections[backend]++;
                }

                return (backend, upstream);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                upstream.Dispose();
            }
        }

        return (null, null);
    }

    // Copies until the source's end, then passes the end on as a half-close; a reset ends both directions.
    private async Task CopyAsync(Socket from, Socket to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, stopping.Token).ConfigureAwait(false)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, stopping.Token).ConfigureAwait(false);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // One side is gone: close both so the peer of the other side sees it too.
            from.Close();
            to.Close();
        }
    }
}
