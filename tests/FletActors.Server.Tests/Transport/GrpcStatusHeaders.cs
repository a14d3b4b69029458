using System.Globalization;
using System.Net.Http.Headers;
using Grpc.Core;

namespace FletActors.Server.Tests.Transport;

/// <summary>Reads a gRPC status out of HTTP headers or trailers (grpc-status, percent-encoded grpc-message).</summary>
public static class GrpcStatusHeaders
{
    public static Status? From(HttpHeaders headers) =>
        headers.TryGetValues("grpc-status", out var codes)
            ? new Status((StatusCode)int.Parse(codes.First(), CultureInfo.InvariantCulture),
                headers.TryGetValues("grpc-message", out var messages) ? Uri.UnescapeDataString(messages.First()) : string.Empty)
            : null;

    public static Status From(IReadOnlyDictionary<string, string> trailers) =>
        new((StatusCode)int.Parse(trailers["grpc-status"], CultureInfo.InvariantCulture),
            trailers.TryGetValue("grpc-message", out var detail) ? Uri.UnescapeDataString(detail) : string.Empty);

    /// <summary>The status of a response: Trailers-Only in the headers, otherwise in the trailers.</summary>
    public static Status? From(HttpResponseMessage response) => From(response.Headers) ?? From(response.TrailingHeaders);
}
