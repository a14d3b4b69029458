using FletActors.Protocol;
using Microsoft.Extensions.Logging;

namespace FletActors.Grpc.Calls;

/// <summary>What every call handler of one mapped server shares.</summary>
internal sealed record GrpcServerRuntime(GrpcServerOptions Options, ILogger Logger, TimeProvider TimeProvider)
{
    /// <summary>How responses are compressed for clients that accept it; null when they never are.</summary>
    public MessageCompression? ResponseCompression { get; } = Options.ResponseMessageCompression();
}
