using System.Net;
using System.Net.Sockets;

namespace FletActors.Server.Tests.Transport;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of a server, for dropping connections the way a network does: <see cref="CutAll"/>
/// resets every open connection at once, and while <see cref="Block"/> holds, new connections are accepted and
/// reset straight away (the client sees a refused attempt and backs off).
/// </summary>
public sealed class CuttableProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint target;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<Socket> open = [];
    private readonly Task accepting;
    private bool blocked;
    private int accepted;

    public CuttableProxy(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        this.target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Url { get; }

    /// <summary>Connections accepted so far, blocked ones included.</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>Resets every open connection, both sides.</summary>
    public void CutAll()
    {
        List<Socket> sockets;
        lock (gate)
        {
            sockets = [.. open];
            open.Clear();
        }

        foreach (var socket in sockets)
        {
            Reset(socket);
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

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        CutAll();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
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

        lock (gate)
        {
            open.Add(client);
            open.Add(server);
        }

        await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        lock (gate)
        {
            open.Remove(client);
            open.Remove(server);
        }

        Reset(client);
        Reset(server);
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The other side or a cut ended the connection.
        }
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
}
