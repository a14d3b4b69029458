using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Web.Tests.Support;

/// <summary>
/// An HTTP/1.1 reverse proxy on 127.0.0.1 (Kestrel in front, HttpClient behind) that sends each request to the next
/// backend in turn. A browser keeps its connections alive, so a TCP balancer would pin all of a tab's requests to one
/// node; this one balances per request, so a tab's gRPC-Web <c>Send</c> calls land on other nodes than its
/// <c>Open</c> stream. Responses stream through unbuffered (an Open response lasts as long as the session). A backend
/// that refuses the connection is skipped, as a balancer's health check would; one that dies mid-response breaks
/// the client's connection, as the real network would.
/// </summary>
public sealed class RoundRobinHttpProxy : IAsyncDisposable
{
    /// <summary>The largest request body the proxy buffers (gRPC-Web requests of the tests are far smaller).</summary>
    public const int MaxRequestBodyBytes = 4 * 1024 * 1024;

    private const int CopyBufferBytes = 16 * 1024;

    private static readonly HashSet<string> HopByHopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
    };

    private readonly WebApplication app;
    private readonly IReadOnlyList<Uri> backends;
    private readonly HttpMessageInvoker client;
    private readonly ConcurrentQueue<ProxiedRequest> requests = new();
    private int next = -1;

    private RoundRobinHttpProxy(WebApplication app, IReadOnlyList<Uri> backends)
    {
        this.app = app;
        this.backends = backends;
        client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });
    }

    /// <summary>The proxy's base URL.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every request forwarded so far, in the order they were sent on.</summary>
    public IReadOnlyList<ProxiedRequest> Requests => [.. requests];

    /// <summary>Starts a proxy in front of <paramref name="backends"/> (base URLs).</summary>
    public static async Task<RoundRobinHttpProxy> StartAsync(IReadOnlyList<Uri> backends)
    {
        ArgumentOutOfRangeException.ThrowIfZero(backends.Count);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1);
        });
        var proxy = new RoundRobinHttpProxy(builder.Build(), backends);
        proxy.app.Run(proxy.ForwardAsync);
        await proxy.app.StartAsync();
        proxy.Url = new Uri(proxy.app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return proxy;
    }

    /// <summary>How many requests whose path ends with <paramref name="pathSuffix"/> went to each backend (by index).</summary>
    public IReadOnlyDictionary<int, int> CountsByBackend(string pathSuffix) =>
        Requests.Where(r => r.Path.EndsWith(pathSuffix, StringComparison.Ordinal))
            .GroupBy(r => r.Backend)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request, aborted);
        var first = Interlocked.Increment(ref next);
        for (var tried = 0; tried < backends.Count; tried++)
        {
            var backend = (int)((uint)(first + tried) % (uint)backends.Count);
            using var request = BuildRequest(context.Request, backends[backend], body);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, aborted);
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                continue;
            }
            catch (HttpRequestException)
            {
                context.Abort();
                return;
            }

            using (response)
            {
                requests.Enqueue(new ProxiedRequest(context.Request.Method, context.Request.Path.Value ?? "/", backend));
                await CopyResponseAsync(response, context);
            }

            return;
        }

        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken aborted)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return null;
        }

        // Buffered so that a request refused by a dead backend can go to the next one.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, aborted);
        return buffer.ToArray();
    }

    private static HttpRequestMessage BuildRequest(HttpRequest incoming, Uri backend, byte[]? body)
    {
        var target = new Uri(backend, incoming.Path.Value + incoming.QueryString.Value);
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), target) { Version = HttpVersion.Version11 };
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (HopByHopHeaders.Contains(name) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return request;
    }

    private static async Task CopyResponseAsync(HttpResponseMessage response, HttpContext context)
    {
        var aborted = context.RequestAborted;
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHopHeaders.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await context.Response.StartAsync(aborted);
        var buffer = new byte[CopyBufferBytes];
        try
        {
            await using var upstream = await response.Content.ReadAsStreamAsync(aborted);
            int read;
            while ((read = await upstream.ReadAsync(buffer, aborted)) > 0)
            {
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), aborted);
                await context.Response.Body.FlushAsync(aborted);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            // The backend died mid-response: the client must see its connection break, not a clean end.
            context.Abort();
        }
    }
}
