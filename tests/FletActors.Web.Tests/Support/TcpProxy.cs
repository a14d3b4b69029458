using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace FletActors.Web.Tests.Support;

/// <summary>
/// A real TCP proxy on 127.0.0.1 between the browser and the server, so a test can cut the network under a live
/// session: <see cref="DropAll"/> resets every connection it carries (both sides see a reset, as when a link dies),
/// and <see cref="PauseAccepting"/> holds new connections unanswered until <see cref="ResumeAccepting"/>, as a
/// network that is down for a while.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private const int BufferSize = 16 * 1024;

    private readonly Socket listener;
    private readonly IPEndPoint upstream;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly HashSet<Link> links = [];
    private readonly Task acceptLoop;
    private TaskCompletionSource accepting = NewOpenGate();
    private int accepted;

    private TcpProxy(IPEndPoint upstream)
    {
        this.upstream = upstream;
        listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(64);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        Url = new Uri($"http://{endpoint.Address}:{endpoint.Port}/");
        acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The proxy's own address: open pages here and they reach the server through the proxy.</summary>
    public Uri Url { get; }

    /// <summary>How many connections the proxy has accepted so far.</summary>
    public int AcceptedCount => Volatile.Read(ref accepted);

    /// <summary>How many connections the proxy carries (or holds, while paused) right now.</summary>
    public int OpenCount
    {
        get
        {
            lock (gate)
            {
                return links.Count;
            }
        }
    }

    /// <summary>Starts a proxy to <paramref name="upstream"/>, listening on a free loopback port.</summary>
    public static TcpProxy Start(Uri upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        return new TcpProxy(new IPEndPoint(IPAddress.Parse(upstream.Host), upstream.Port));
    }

    /// <summary>Resets every current connection on both sides; returns how many there were.</summary>
    public int DropAll()
    {
        Link[] current;
        lock (gate)
        {
            current = [.. links];
            links.Clear();
        }

        foreach (var link in current)
        {
            link.Abort();
        }

        return current.Length;
    }

    /// <summary>New connections are still accepted by the kernel but get no answer until <see cref="ResumeAccepting"/>.</summary>
    public void PauseAccepting()
    {
        lock (gate)
        {
            if (accepting.Task.IsCompleted)
            {
                accepting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Connects the held connections to the server and serves new ones again.</summary>
    public void ResumeAccepting()
    {
        lock (gate)
        {
            accepting.TrySetResult();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Dispose();
        DropAll();
        ResumeAccepting();
        await acceptLoop;
        stopping.Dispose();
    }

    private static TaskCompletionSource NewOpenGate()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            var link = new Link(client);
            lock (gate)
            {
                links.Add(link);
            }

            _ = ServeAsync(link);
        }
    }

    private async Task ServeAsync(Link link)
    {
        try
        {
            Task open;
            lock (gate)
            {
                open = accepting.Task;
            }

            await open.WaitAsync(stopping.Token);
            await link.ConnectAsync(upstream, stopping.Token);
            await Task.WhenAll(
                PumpAsync(link, link.Client, link.Server!, stopping.Token),
                PumpAsync(link, link.Server!, link.Client, stopping.Token));
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The test dropped the connection, the server refused it, or the proxy is stopping.
        }
        finally
        {
            lock (gate)
            {
                links.Remove(link);
            }

            link.Abort();
        }
    }

    private static async Task PumpAsync(Link link, Socket from, Socket to, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
                if (read == 0)
                {
                    // A clean half-close travels on; the other direction keeps flowing until it closes too.
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // One side failed: the whole connection goes, as it would through a broken link.
            link.Abort();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private sealed class Link(Socket client)
    {
        private readonly Lock sync = new();
        private bool aborted;

        public Socket Client { get; } = client;

        public Socket? Server { get; private set; }

        public async Task ConnectAsync(IPEndPoint upstream, CancellationToken cancellationToken)
        {
            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            lock (sync)
            {
                if (aborted)
                {
                    server.Dispose();
                    throw new ObjectDisposedException(nameof(Link));
                }

                Server = server;
            }

            Client.NoDelay = true;
            await server.ConnectAsync(upstream, cancellationToken);
        }

        /// <summary>Closes both sockets with a reset (linger 0), not a graceful FIN: a dead link, not a goodbye.</summary>
        public void Abort()
        {
            lock (sync)
            {
                if (aborted)
                {
                    return;
                }

                aborted = true;
            }

            Reset(Client);
            if (Server is { } server)
            {
                Reset(server);
            }
        }

        private static void Reset(Socket socket)
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                // Already closed: nothing left to reset.
            }

            socket.Dispose();
        }
    }
}
