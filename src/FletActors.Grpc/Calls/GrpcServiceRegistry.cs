using System.Collections.Concurrent;

namespace FletActors.Grpc.Calls;

/// <summary>The services mapped on one route builder, to tell an unknown method from an unknown service.</summary>
internal sealed class GrpcServiceRegistry
{
    private readonly ConcurrentDictionary<string, byte> services = new(StringComparer.Ordinal);

    public bool Add(string service) => services.TryAdd(service, 0);

    public bool Contains(string service) => services.ContainsKey(service);
}
