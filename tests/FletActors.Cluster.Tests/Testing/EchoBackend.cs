using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FletActors.Cluster.Tests.Testing;

/// <summary>A loopback TCP backend that greets each connection with its name and a newline, then echoes until EOF.</summary>
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    public EchoBackend(string name)
    {
        Name = name;
        listener.Start();
        EndPoint = (IPEndPoint)listener.LocalEndpoint;
        acceptLoop = AcceptAsync();
    }

    public string Name { get; }

    public IPEndPoint EndPoint { get; }

    /// <summary>Stops accepting: later connections are refused, as by a killed node.</summary>
    public void StopListening() => listener.Stop();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await acceptLoop;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        var served = new List<Task>();
        while (true)
        {
            try
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                served.Add(ServeAsync(client));
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                break;
            }
        }

        await Task.WhenAll(served);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Name + "\n"), stopping.Token);
            await stream.CopyToAsync(stream, stopping.Token);
            client.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The balancer or the test closed the connection.
        }
    }
}
