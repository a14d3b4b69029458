using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FletActors.Server.Hosting;

/// <summary>
/// Serves the browser client (clients/web/dist, embedded at build time) so a fresh machine needs no node toolchain:
/// <c>/</c> and <c>/apps/{name}</c> answer the page shell, everything else in the bundle by file name; an app mapped
/// at a prefix (<see cref="MapApp"/>) has its own shell and the files beneath the prefix.
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
    private readonly ConcurrentDictionary<(string Mount, string ServiceBase, string App), Asset> shells = new();

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
            assets[file] = Asset.Of(bytes, ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"));
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

    /// <summary>
    /// Serves one app's page at <paramref name="prefix"/> and the client's files beneath it. The shell names the app
    /// and where the session service is, so the client needs nothing from the page's path.
    /// </summary>
    public IEndpointConventionBuilder MapApp(IEndpointRouteBuilder endpoints, string prefix, string app)
    {
        var group = endpoints.MapGroup(prefix);
        group.MapGet("/", context =>
        {
            var pathBase = context.Request.PathBase.Value ?? string.Empty;
            return WriteAsync(context, ShellFor(pathBase + prefix.TrimEnd('/'), pathBase, app));
        });
        group.MapGet("/{file}", context =>
        {
            var file = (string)context.Request.RouteValues["file"]!;
            return file != "index.html" && assets.TryGetValue(file, out var asset) ? WriteAsync(context, asset) : NotFound(context);
        });
        return group;
    }

    /// <summary>
    /// The shell of an app mounted at <paramref name="mount"/>: its root-relative URLs (the bundle's files) move
    /// beneath the mount, and two meta tags tell the client its app and the session service's base path. The service
    /// stays at the host's root (<paramref name="serviceBase"/>, the request's path base) for every app: native gRPC
    /// clients address <c>/fletactors.v1.SessionService/…</c> there and name their app in <c>Register.app</c>, and
    /// grpc-dotnet maps a service's methods at fixed paths.
    /// </summary>
    private Asset ShellFor(string mount, string serviceBase, string app) => shells.GetOrAdd((mount, serviceBase, app), key =>
    {
        var shell = assets["index.html"];
        var html = Encoding.UTF8.GetString(shell.Bytes)
            .Replace("href=\"/", $"href=\"{HtmlEncoder.Default.Encode(key.Mount)}/", StringComparison.Ordinal)
            .Replace("src=\"/", $"src=\"{HtmlEncoder.Default.Encode(key.Mount)}/", StringComparison.Ordinal)
            .Replace("</head>",
                $"  <meta name=\"fletactors-app\" content=\"{HtmlEncoder.Default.Encode(key.App)}\" />\n"
                + $"    <meta name=\"fletactors-service-base\" content=\"{HtmlEncoder.Default.Encode(key.ServiceBase)}\" />\n  </head>",
                StringComparison.Ordinal);
        return Asset.Of(Encoding.UTF8.GetBytes(html), shell.ContentType);
    });

    private Task WriteAsync(HttpContext context, string file) =>
        assets.TryGetValue(file, out var asset) ? WriteAsync(context, asset) : NotFound(context);

    private static Task WriteAsync(HttpContext context, Asset asset)
    {
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

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag)
    {
        public static Asset Of(byte[] bytes, string contentType) =>
            new(bytes, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
    }
}
