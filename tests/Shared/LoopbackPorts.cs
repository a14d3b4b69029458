using System.Net;
using System.Net.Sockets;

namespace FletActors.Testing;

/// <summary>
/// Ports on loopback for a server process a test starts, which binds them only later. Port 0 would give one from
/// the kernel's ephemeral range, where every outgoing connection of the machine (HTTP clients, gRPC channels, the
/// balancers) also takes its source port, and under a loaded suite one of them took such a port before the node bound
/// it. These come from below that range (Linux starts it at 32768), checked free when handed out.
/// </summary>
public static class LoopbackPorts
{
    private const int First = 20_000;
    private const int End = 32_000;
    private const int Attempts = 200;

    private static int next = First + Random.Shared.Next(End - First);

    /// <summary>A port that nothing listens on now, outside the ephemeral range.</summary>
    public static int Free()
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // Successive calls walk the range from a random start, so the tests of one run never hand out a port twice
            // and parallel test runs rarely meet.
            var port = First + ((Interlocked.Increment(ref next) - First) % (End - First));
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {End} after {Attempts} tries.");
    }
}
