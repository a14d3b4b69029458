using System.Net;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Transport;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Tests.Hosting;

/// <summary>FletActors inside an ASP.NET Core app of its own: AddFletActors, then MapFlet at route prefixes.</summary>
public sealed class MapFletTests
{
    [Fact]
    public async Task MapFlet_TwoAppsAtPrefixes_EachShellNamesItsAppAndNativeClientsReachEachByName()
    {
        // Arrange
        await using var host = await StartAsync(app =>
        {
            app.MapGet("/api/ping", () => "pong");
            app.MapFlet("/tools/chat", page => page.Add(new Text("chat here")));
            app.MapFlet("/", page => page.Add(new Text("home here")));
        });
        using var http = new HttpClient { BaseAddress = host.HttpUrl };
        using var channel = GrpcChannel.ForAddress(host.GrpcUrl);

        // Act
        var chatShell = await http.GetStringAsync("/tools/chat");
        var homeShell = await http.GetStringAsync("/");
        var chatScript = await http.GetAsync("/tools/chat/fletactors.js");
        var ping = await http.GetStringAsync("/api/ping");
        using var chat = await RawSession.RegisterAsync(channel, "tools/chat");
        using var home = await RawSession.RegisterAsync(channel, "main");

        // Assert: each shell loads the client beneath its prefix and names its app; the service is at the root
        Assert.Contains("<script src=\"/tools/chat/fletactors.js\"", chatShell, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"fletactors-app\" content=\"tools/chat\" />", chatShell, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"fletactors-service-base\" content=\"\" />", chatShell, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"fletactors-app\" content=\"main\" />", homeShell, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chatScript.StatusCode);
        Assert.Equal("pong", ping);
        Assert.NotNull(chat.Tree.FindByText("chat here"));
        Assert.NotNull(home.Tree.FindByText("home here"));
    }

    [Fact]
    public async Task StopHost_SessionConnected_ClientHearsServerShutdownAndItsStreamEndsOk()
    {
        // Arrange: the host's own shutdown timeout is far longer than this test may wait, so only the drain that
        // the host's stop begins can end the session's stream in time.
        var host = await StartAsync(app => app.MapFlet("/", page => page.Add(new Text("hi"))));
        await using var _ = host;
        using var channel = GrpcChannel.ForAddress(host.GrpcUrl);
        using var session = await RawSession.RegisterAsync(channel, "main");

        // Act
        var stopping = host.App.StopAsync();
        var closed = await session.ReadUntilAsync(m => m.Closed is not null, TimeSpan.FromSeconds(20));
        var end = await session.ReadAsync(TimeSpan.FromSeconds(20));
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        // Assert
        Assert.Equal(SessionClosed.Types.Reason.ServerShutdown, closed.Closed.Reason);
        Assert.Null(end);
        Assert.Equal(Grpc.Core.StatusCode.OK, session.Status?.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("chat")]
    [InlineData("/chat/")]
    [InlineData("/a//b")]
    [InlineData("/..")]
    [InlineData("/a b")]
    [InlineData("/{name}")]
    public async Task MapFlet_PrefixNotPlainSegments_ThrowsNamingIt(string prefix)
    {
        // Arrange
        var app = Build();
        await using var _ = app;

        // Act
        var error = Assert.Throws<ArgumentException>(() => app.MapFlet(prefix, _ => { }));

        // Assert
        Assert.Equal("prefix", error.ParamName);
    }

    [Fact]
    public async Task MapFlet_SamePrefixTwice_Throws()
    {
        // Arrange
        var app = Build();
        await using var _ = app;
        app.MapFlet("/chat", _ => { });

        // Act and Assert
        Assert.Throws<ArgumentException>(() => app.MapFlet("/chat", _ => { }));
    }

    [Fact]
    public async Task MapFlet_WithoutAddFletActors_ThrowsNamingTheFix()
    {
        // Arrange
        var builder = WebApplication.CreateSlimBuilder();
        var app = builder.Build();
        await using var _ = app;

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => app.MapFlet("/chat", _ => { }));

        // Assert
        Assert.Contains("AddFletActors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoAppMapped_FailsNamingMapFlet()
    {
        // Arrange
        var app = Build();
        await using var _ = app;

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
        await app.StopAsync();

        // Assert
        Assert.Contains("MapFlet", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad Header")]
    [InlineData("X-Ok,a:b")]
    public void AddFletActors_CapturedHeaderNotAHeaderName_ThrowsNamingTheKey(string headers)
    {
        // Arrange
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FletActors:CapturedHeaders"] = headers })
            .Build();

        // Act
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddFletActors(configuration));

        // Assert
        Assert.Contains("FletActors:CapturedHeaders", error.Message, StringComparison.Ordinal);
    }

    private static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddFletActors(builder.Configuration);
        return builder.Build();
    }

    private static async Task<Host> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(5));
        ListenOptions? http = null;
        ListenOptions? grpc = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                http = listen;
            });
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.UseFletActorsConnectionDrain();
                listen.Protocols = HttpProtocols.Http2;
                grpc = listen;
            });
        });
        builder.Services.AddFletActors(builder.Configuration);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new Host(app, new Uri($"http://127.0.0.1:{http!.IPEndPoint!.Port}/"), new Uri($"http://127.0.0.1:{grpc!.IPEndPoint!.Port}/"));
    }

    private sealed record Host(WebApplication App, Uri HttpUrl, Uri GrpcUrl) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
