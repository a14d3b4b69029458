using System.Text.Json;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Support;
using FletActors.Server.Tests.Transport;
using Grpc.Core;

namespace FletActors.Server.Tests.Hosting;

/// <summary>
/// The console log of a real server process: quiet by default (no per-request or per-session lines, the serving line
/// still there), and every default overridable by a <c>Logging:LogLevel</c> key, in the JSON format with the session
/// scope.
/// </summary>
public sealed class LogDefaultsTests
{
    private static readonly TimeSpan LineDeadline = TimeSpan.FromSeconds(30);

    // What ASP.NET Core writes for each request at Information, and what a session wrote for its lifecycle.
    private static readonly string[] PerRequestOrSession =
        ["Request starting", "Request finished", "Executing endpoint", "Executed endpoint", "started app", "lost its client", "closed: "];

    [Fact]
    public async Task Log_QuietDefaults_NoPerRequestOrSessionLinesButServingLine()
    {
        // Arrange
        using var server = await SampleServerProcess.StartAsync();
        using var http = new HttpClient();

        // Act: a page load, a scrape, a whole session; then a refused resume, whose Information line is written after
        // everything the requests before it logged (one console queue, in order).
        (await http.GetAsync(server.HttpUrl)).EnsureSuccessStatusCode();
        (await http.GetAsync(new Uri(server.HttpUrl, "/metrics"))).EnsureSuccessStatusCode();
        var sessionId = await RunSessionAsync(server);
        await ResumeUnknownAsync(server);
        await server.Process.WaitForLineAsync(l => l.Contains("ended NotFound", StringComparison.Ordinal), LineDeadline);

        // Assert
        var lines = server.Process.Lines;
        Assert.Contains(lines, l => l.Contains("FletActors serving apps", StringComparison.Ordinal) && l.Contains(server.HttpUrl.ToString(), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => PerRequestOrSession.Any(p => l.Contains(p, StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains(sessionId, StringComparison.Ordinal));
        var afterServing = lines.SkipWhile(l => !l.Contains("FletActors serving apps", StringComparison.Ordinal)).Skip(1);
        Assert.DoesNotContain(afterServing, l => l.Contains("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Log_JsonWithLevelsRaisedByConfiguration_WritesRequestLinesAndSessionScopes()
    {
        // Arrange: the JSON format, and the two categories the defaults quiet turned up again by configuration.
        using var server = await SampleServerProcess.StartAsync("--FletActors:LogFormat=json",
            "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information", "--Logging:LogLevel:FletActors.Sessions=Debug");

        // Act
        var sessionId = await RunSessionAsync(server);
        var started = await server.Process.WaitForLineAsync(l => l.Contains("\"EventId\":4001", StringComparison.Ordinal), LineDeadline);
        var request = await server.Process.WaitForLineAsync(l => l.Contains("\"Category\":\"Microsoft.AspNetCore.Hosting.Diagnostics\"", StringComparison.Ordinal), LineDeadline);

        // Assert: one JSON object per line; the session's entries carry its id, node and shard as a scope.
        using var startedEntry = JsonDocument.Parse(started);
        var scope = startedEntry.RootElement.GetProperty("Scopes").EnumerateArray()
            .Single(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("SessionId", out _));
        Assert.Equal(sessionId, scope.GetProperty("SessionId").GetString());
        Assert.StartsWith("akka.tcp://fletactors@127.0.0.1:", scope.GetProperty("Node").GetString(), StringComparison.Ordinal);
        Assert.Equal(sessionId[..4], scope.GetProperty("Shard").GetString());
        using var requestEntry = JsonDocument.Parse(request);
        Assert.Equal("Information", requestEntry.RootElement.GetProperty("LogLevel").GetString());
        var serving = await server.Process.WaitForLineAsync(l => l.Contains("FletActors serving apps", StringComparison.Ordinal), LineDeadline);
        using var servingEntry = JsonDocument.Parse(serving);
        Assert.Equal(1001, servingEntry.RootElement.GetProperty("EventId").GetInt32());
    }

    private static async Task<string> RunSessionAsync(SampleServerProcess server)
    {
        using var session = await RawSession.RegisterAsync(server.Channel, "counter");
        var increment = await session.WaitForAsync(t => t.Root.Descendants().FirstOrDefault(c => c.GetString("tooltip") == "Increment"));
        await session.ClickAsync(increment.Id);
        await session.WaitForAsync(t => t.FindByText("1"));
        await session.CompleteRequestsAsync();
        Assert.Equal(StatusCode.OK, (await session.ReadToEndAsync()).StatusCode);
        return session.Started!.SessionId;
    }

    private static async Task ResumeUnknownAsync(SampleServerProcess server)
    {
        using var refused = RawSession.Open(server.Channel);
        await refused.SendAsync(new ClientMessage { Resume = new Resume { SessionId = "no-such-session", ResumeToken = "x" } });
        Assert.Equal(StatusCode.NotFound, (await refused.ReadToEndAsync()).StatusCode);
    }
}
