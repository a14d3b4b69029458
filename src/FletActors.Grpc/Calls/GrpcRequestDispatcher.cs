using System.Globalization;
using FletActors.Grpc.Web;
using FletActors.Protocol;
using Microsoft.AspNetCore.Http;

namespace FletActors.Grpc.Calls;

/// <summary>
/// The HTTP entry of every gRPC endpoint: CORS preflight, content-type checks (415), protocol checks, then the
/// call handler of the method's shape.
/// </summary>
internal static class GrpcRequestDispatcher
{
    public static RequestDelegate Create(ServerCallHandler handler, GrpcServerRuntime runtime) =>
        http => DispatchAsync(http, runtime, (mode) => handler.HandleAsync(http, mode, runtime));

    /// <summary>The endpoint for gRPC paths no service registered: UNIMPLEMENTED, as Trailers-Only.</summary>
    public static RequestDelegate CreateUnimplemented(GrpcServiceRegistry registry, GrpcServerRuntime runtime) =>
        http =>
        {
            if (!TryGetWireMode(http.Request.ContentType, runtime.Options, out _)
                && !HttpMethods.IsOptions(http.Request.Method))
            {
                // Not a gRPC request at all: leave the path to the rest of the application's 404.
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return DispatchAsync(http, runtime, mode =>
            {
                var service = http.Request.RouteValues["service"] as string ?? string.Empty;
                var method = http.Request.RouteValues["method"] as string ?? string.Empty;
                var detail = registry.Contains(service)
                    ? $"Method '{method}' is not implemented by service '{service}'."
                    : $"Service '{service}' is not implemented.";
                GrpcServerLog.Unimplemented(runtime.Logger, http.Request.Path, detail);
                return WriteTrailersOnlyAsync(http, mode, new Status(StatusCode.Unimplemented, detail));
            });
        };

    /// <summary>Ends a call before it began: status 200, the status in the headers, no body.</summary>
    public static Task WriteTrailersOnlyAsync(HttpContext http, GrpcWireMode mode, Status status)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mode switch
        {
            GrpcWireMode.Web => "application/grpc-web+proto",
            GrpcWireMode.WebText => "application/grpc-web-text+proto",
            _ => GrpcProtocol.ContentType,
        };
        GrpcCall.AppendEncodingHeaders(response, compression: null);
        response.Headers[GrpcProtocol.StatusHeader] = ((int)status.Code).ToString(CultureInfo.InvariantCulture);
        if (status.Detail.Length > 0)
        {
            response.Headers[GrpcProtocol.MessageHeader] = GrpcStatusMessage.Encode(status.Detail);
        }

        return Task.CompletedTask;
    }

    internal static bool TryGetWireMode(string? contentType, GrpcServerOptions options, out GrpcWireMode mode)
    {
        mode = GrpcWireMode.Native;
        if (contentType is null)
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        // Only protobuf payloads are served: "+json" and other codecs are refused with 415.
        if (options.EnableGrpcWeb && IsType(mediaType, GrpcProtocol.WebTextContentType))
        {
            mode = GrpcWireMode.WebText;
            return true;
        }

        if (options.EnableGrpcWeb && IsType(mediaType, GrpcProtocol.WebContentType))
        {
            mode = GrpcWireMode.Web;
            return true;
        }

        return IsType(mediaType, GrpcProtocol.ContentType);
    }

    private static async Task DispatchAsync(HttpContext http, GrpcServerRuntime runtime, Func<GrpcWireMode, Task> run)
    {
        var options = runtime.Options;
        if (HttpMethods.IsOptions(http.Request.Method))
        {
            if (options.EnableGrpcWeb)
            {
                GrpcWebCors.AnswerPreflight(http, options);
            }
            else
            {
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            }

            return;
        }

        if (!TryGetWireMode(http.Request.ContentType, options, out var mode))
        {
            GrpcServerLog.UnsupportedContentType(runtime.Logger, http.Request.Path, http.Request.ContentType);
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            http.Response.Headers[GrpcProtocol.StatusHeader] = ((int)StatusCode.Internal).ToString(CultureInfo.InvariantCulture);
            http.Response.Headers[GrpcProtocol.MessageHeader] =
                GrpcStatusMessage.Encode($"Content-Type '{http.Request.ContentType}' is not supported.");
            return;
        }

        if (mode != GrpcWireMode.Native && !GrpcWebCors.ApplyToResponse(http, options))
        {
            GrpcServerLog.CorsOriginRefused(runtime.Logger, http.Request.Path, http.Request.Headers.Origin.ToString());
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (mode == GrpcWireMode.Native && !HttpProtocol.IsHttp2(http.Request.Protocol)
            && !HttpProtocol.IsHttp3(http.Request.Protocol))
        {
            await WriteTrailersOnlyAsync(http, mode, new Status(StatusCode.Internal,
                $"gRPC needs HTTP/2; this request came over {http.Request.Protocol}. Browsers use gRPC-Web."))
                .ConfigureAwait(false);
            return;
        }

        await run(mode).ConfigureAwait(false);
    }

    private static bool IsType(string mediaType, string expected) =>
        mediaType.StartsWith(expected, StringComparison.OrdinalIgnoreCase)
        && (mediaType.Length == expected.Length
            || mediaType.AsSpan(expected.Length).Equals("+proto", StringComparison.OrdinalIgnoreCase));
}
