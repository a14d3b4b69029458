using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FletActors.Grpc.Web;

/// <summary>CORS for browser gRPC-Web clients: preflight answers and the headers of actual responses.</summary>
internal static class GrpcWebCors
{
    private const string ExposedHeaders =
        "grpc-status,grpc-message,grpc-status-details-bin,grpc-encoding,grpc-accept-encoding";

    public static bool IsAllowed(GrpcServerOptions options, string origin) =>
        options.CorsAllowedOrigins.Any(o => o == "*" || string.Equals(o, origin, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when <paramref name="origin"/> is the server's own origin: browsers send Origin on every POST, also to
    /// the page's own server, and CORS does not apply there.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    /// <summary>Answers an OPTIONS preflight: 204 with the allowances when the origin is allowed, else 403.</summary>
    public static void AnswerPreflight(HttpContext http, GrpcServerOptions options)
    {
        var origin = http.Request.Headers.Origin.ToString();
        var response = http.Response;
        response.Headers.Vary = "Origin";
        if (origin.Length == 0 || !IsAllowed(options, origin))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        response.StatusCode = StatusCodes.Status204NoContent;
        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.AccessControlAllowMethods = "POST, OPTIONS";
        var requested = http.Request.Headers.AccessControlRequestHeaders.ToString();
        response.Headers.AccessControlAllowHeaders = requested.Length > 0
            ? requested
            : "content-type,x-grpc-web,x-user-agent,grpc-timeout,grpc-encoding,grpc-accept-encoding";
        response.Headers.AccessControlMaxAge =
            ((int)options.CorsPreflightMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds the CORS headers to an actual request's response; false when the origin is not allowed.</summary>
    public static bool ApplyToResponse(HttpContext http, GrpcServerOptions options)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || IsSameOrigin(http.Request, origin))
        {
            return true;
        }

        http.Response.Headers.Vary = "Origin";
        if (!IsAllowed(options, origin))
        {
            return false;
        }

        http.Response.Headers.AccessControlAllowOrigin = origin;
        http.Response.Headers.AccessControlExposeHeaders = ExposedHeaders;
        return true;
    }
}
