using FletActors.Grpc.Calls;

namespace FletActors.Grpc;

/// <summary>A service's name and its methods, ready to map with
/// <see cref="GrpcEndpointRouteBuilderExtensions.MapGrpcService"/>. Built by <see cref="GrpcServiceBuilder"/>.</summary>
public sealed class GrpcServiceDefinition
{
    internal GrpcServiceDefinition(string name, IReadOnlyList<(string Name, ServerCallHandler Handler)> methods)
    {
        Name = name;
        Methods = methods;
    }

    /// <summary>The fully qualified service name, e.g. <c>fletactors.v1.SessionService</c>.</summary>
    public string Name { get; }

    /// <summary>The method names, as registered.</summary>
    public IEnumerable<string> MethodNames => Methods.Select(m => m.Name);

    internal IReadOnlyList<(string Name, ServerCallHandler Handler)> Methods { get; }
}
