using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FletActors.Server.Hosting;

/// <summary>
/// Serves the browser client (clients/web/dist, embedded at build time) so a fresh machine needs no node toolchain:
/// <c>/</c> and <c>/apps/{name}</c> answer the page shell, everything else in the bundle by file name.
/// </summary>
internal sealed class WebClientAssets
{
    private const string ResourcePrefix = "webclient/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".map"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".json"] = "application/json",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> assets;

    private WebClientAssets(FrozenDictionary<string, Asset> assets) => this.assets = assets;

    public bool HasShell => assets.ContainsKey("index.html");

    public static WebClientAssets LoadEmbedded()
    {
        var assembly = typeof(WebClientAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var file = name[ResourcePrefix.Length..];
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
            assets[file] = new Asset(bytes, type, etag);
        }

        return new WebClientAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", context => WriteAsync(context, "index.html"));
        // One template serves "/apps/x" and "/apps/x/": routing ignores a trailing slash, so mapping both made
        // two identical endpoints and every shell request an AmbiguousMatchException (500).
        endpoints.MapGet("/apps/{name}", context => WriteAsync(context, "index.html"));
        endpoints.MapGet("/{file}", context =>
        {
            var file = (string)context.Request.RouteValues["file"]!;
            return assets.ContainsKey(file) ? WriteAsync(context, file) : NotFound(context);
        });
    }

    private Task WriteAsync(HttpContext context, string file)
    {
        if (!assets.TryGetValue(file, out var asset))
        {
            return NotFound(context);
        }

        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        // Revalidate every time: the bundle changes with each build while the URLs stay the same.
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Bytes.Length;
        return response.Body.WriteAsync(asset.Bytes, context.RequestAborted).AsTask();
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
