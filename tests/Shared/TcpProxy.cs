using System.Net;
using System.Net.Sockets;

namespace FletActors.Testing;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of a server, failing the way networks do: <see cref="CutAll"/> resets every
/// open connection; while <see cref="Block"/> holds, new connections are reset as they arrive (a refused attempt);
/// <see cref="FreezeAll"/> leaves the open connections open but carries no more bytes on them (a dead node or a
/// dropped route, which only keep-alive pings notice).
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint target;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<Relay> relays = [];
    private readonly Task accepting;
    private bool blocked;
    private int accepted;

    public TcpProxy(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        this.target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Url { get; }

    /// <summary>Connections accepted so far, refused ones included.</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>Resets every open connection, both sides.</summary>
    public void CutAll()
    {
        foreach (var relay in TakeAll())
        {
            relay.Cut();
        }
    }

    /// <summary>From now on, resets new connections as soon as they arrive.</summary>
    public void Block()
    {
        lock (gate)
        {
            blocked = true;
        }
    }

    public void Unblock()
    {
        lock (gate)
        {
            blocked = false;
        }
    }

    /// <summary>Stops carrying bytes on every open connection without closing it; new connections work as before.</summary>
    public void FreezeAll()
    {
        lock (gate)
        {
            foreach (var relay in relays)
            {
                relay.Frozen = true;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        CutAll();
        await accepting;
        stopping.Dispose();
    }

    private List<Relay> TakeAll()
    {
        lock (gate)
        {
            var all = relays.ToList();
            relays.Clear();
            return all;
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            bool refuse;
            lock (gate)
            {
                refuse = blocked;
            }

            if (refuse)
            {
                Reset(client);
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await server.ConnectAsync(target, stopping.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            Reset(client);
            server.Dispose();
            return;
        }

        var relay = new Relay(client, server);
        lock (gate)
        {
            relays.Add(relay);
        }

        await Task.WhenAny(relay.PumpAsync(client, server), relay.PumpAsync(server, client));
        lock (gate)
        {
            relays.Remove(relay);
        }

        relay.Cut();
    }

    private static void Reset(Socket socket)
    {
        try
        {
            // Linger 0: close sends RST, as a dropped network path or a killed peer would look.
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
    }

    private sealed class Relay(Socket client, Socket server)
    {
        private readonly CancellationTokenSource ended = new();

        public volatile bool Frozen;

        public async Task PumpAsync(Socket from, Socket to)
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    var read = await from.ReceiveAsync(buffer, SocketFlags.None, ended.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    if (Frozen)
                    {
                        // The bytes are lost, as on a dead route; the connection stays open until it is cut.
                        await Task.Delay(Timeout.Infinite, ended.Token);
                    }

                    await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, ended.Token);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The other side or a cut ended the connection.
            }
        }

        public void Cut()
        {
            try
            {
                ended.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Cut already.
            }

            Reset(client);
            Reset(server);
        }
    }
}
