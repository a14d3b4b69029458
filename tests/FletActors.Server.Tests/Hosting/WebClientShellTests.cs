using System.Net;
using FletActors.Server.Tests.Transport;

namespace FletActors.Server.Tests.Hosting;

/// <summary>The embedded browser client is served on the HTTP/1.1 port: the shell at / and /apps/name, and its files.</summary>
public sealed class WebClientShellTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/apps/hello")]
    [InlineData("/apps/hello/")]
    public async Task Get_ShellPath_ServesIndexHtml(string path)
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var http = Http11Client();

        // Act
        using var response = await http.GetAsync(new Uri(server.HttpUrl, path));
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Version(1, 1), response.Version);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"/fletactors.js\"", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/fletactors.js", "text/javascript")]
    [InlineData("/styles.css", "text/css")]
    public async Task Get_BundleFile_ServesItWithItsContentType(string path, string mediaType)
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var http = Http11Client();

        // Act
        using var response = await http.GetAsync(new Uri(server.HttpUrl, path));
        var body = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotEmpty(body);
    }

    [Fact]
    public async Task Get_SameETag_Answers304()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var http = Http11Client();
        using var first = await http.GetAsync(new Uri(server.HttpUrl, "/fletactors.js"));
        var etag = first.Headers.ETag ?? throw new InvalidOperationException("no ETag");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.HttpUrl, "/fletactors.js"));
        request.Headers.IfNoneMatch.Add(etag);

        // Act
        using var second = await http.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/no-such-file.js")]
    [InlineData("/BUILD-INFO.json")]
    public async Task Get_FileNotInBundle_Is404(string path)
    {
        // Arrange
        await using var server = await LiveServer.StartAsync();
        using var http = Http11Client();

        // Act
        using var response = await http.GetAsync(new Uri(server.HttpUrl, path));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpClient Http11Client() => new()
    {
        DefaultRequestVersion = HttpVersion.Version11,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };
}
