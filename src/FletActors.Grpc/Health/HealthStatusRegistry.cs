using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace FletActors.Grpc.Health;

/// <summary>
/// The serving status of each service, as the host sets it; <c>grpc.health.v1.Health</c> answers from here.
/// The empty name stands for the whole server and starts as SERVING.
/// </summary>
public sealed class HealthStatusRegistry
{
    private readonly ConcurrentDictionary<string, ServingStatus> statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<ServingStatus>, string> watchers = new();
    private readonly Lock gate = new();

    /// <summary>Creates a registry in which the server as a whole (<c>""</c>) is SERVING.</summary>
    public HealthStatusRegistry() => statuses[string.Empty] = ServingStatus.Serving;

    /// <summary>Sets the status of <paramref name="service"/> (<c>""</c> for the server) and tells its watchers.</summary>
    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (gate)
        {
            statuses[service] = status;
            Notify(service, status);
        }
    }

    /// <summary>Forgets <paramref name="service"/>; Check then answers NOT_FOUND and watchers see SERVICE_UNKNOWN.</summary>
    public void Remove(string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (gate)
        {
            if (statuses.TryRemove(service, out _))
            {
                Notify(service, ServingStatus.ServiceUnknown);
            }
        }
    }

    /// <summary>The status of <paramref name="service"/>, or <see langword="null"/> when it was never set.</summary>
    public ServingStatus? GetStatus(string service) =>
        statuses.TryGetValue(service, out var status) ? status : null;

    /// <summary>
    /// The current status of <paramref name="service"/> (SERVICE_UNKNOWN when unset) followed by every change,
    /// until <paramref name="cancellationToken"/> fires. A slow watcher sees the latest status, not every step.
    /// </summary>
    public async IAsyncEnumerable<HealthCheckResponse> WatchAsync(string service,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<ServingStatus>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate)
        {
            channel.Writer.TryWrite(GetStatus(service) ?? ServingStatus.ServiceUnknown);
            watchers[channel] = service;
        }

        try
        {
            ServingStatus? last = null;
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var status))
                {
                    if (status != last)
                    {
                        last = status;
                        yield return new HealthCheckResponse { Status = status };
                    }
                }
            }
        }
        finally
        {
            watchers.TryRemove(channel, out _);
        }
    }

    private void Notify(string service, ServingStatus status)
    {
        foreach (var (channel, watched) in watchers)
        {
            if (watched == service)
            {
                channel.Writer.TryWrite(status);
            }
        }
    }
}
