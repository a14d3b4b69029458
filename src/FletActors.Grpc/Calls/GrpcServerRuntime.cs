using Microsoft.Extensions.Logging;

namespace FletActors.Grpc.Calls;

/// <summary>What every call handler of one mapped server shares.</summary>
internal sealed record GrpcServerRuntime(GrpcServerOptions Options, ILogger Logger, TimeProvider TimeProvider);
