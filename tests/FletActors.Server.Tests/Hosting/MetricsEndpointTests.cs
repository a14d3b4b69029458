using System.Text.RegularExpressions;
using FletActors.Client;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Support;
using FletActors.Server.Tests.Transport;
using FletActors.Testing;
using Grpc.Core;
using Xunit.Sdk;

namespace FletActors.Server.Tests.Hosting;

/// <summary>
/// Prometheus scrapes <c>/metrics</c> of a real server process while a real gRPC session runs: register, click, a
/// flood past the rate limit, disconnect, resume, disconnect and expire. Every figure is read as a change between
/// scrapes, never as an absolute, and the scrapes are parsed as Prometheus text.
/// </summary>
public sealed class MetricsEndpointTests
{
    private const string Connect = "/fletactors.v1.SessionService/Connect";
    private static readonly TimeSpan ScrapeDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ScrapePoll = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Metrics_SessionLifecycle_CountersGaugesAndHistogramsMove()
    {
        // Arrange: a one-second session timeout to see an expiry, two events per second to see the limit.
        using var server = await SampleServerProcess.StartAsync("--FletActors:SessionTimeoutSeconds=1", "--FletActors:MaxEventsPerSecond=2");
        using var http = new HttpClient();
        var metricsUrl = new Uri(server.HttpUrl, "/metrics");
        var before = await PrometheusScrape.GetAsync(http, metricsUrl);

        // Act 1: register and click once, leaving the click's batch unacknowledged.
        using var first = await RawSession.RegisterAsync(server.Channel, "counter");
        var increment = await first.WaitForAsync(IncrementButton);
        first.AutoAck = false;
        await first.ClickAsync(increment.Id);
        await first.WaitForAsync(t => t.FindByText("1"));

        // Assert 1: the session is live and counted, its inputs, batches, turns and latencies recorded.
        var running = await ScrapeUntilAsync(http, metricsUrl, s =>
            Delta(s, before, "fletactors_session_batches_unacknowledged") >= 1
            && s.Sum("fletactors_cluster_entities") >= 1, "the click's batch unacknowledged, the entity in the shard gauge");
        Assert.Equal(1, Delta(running, before, "fletactors_sessions_live"));
        Assert.Equal(1, Delta(running, before, "fletactors_sessions_started_total"));
        Assert.True(Delta(running, before, "fletactors_session_inputs_total") >= 1);
        Assert.True(Delta(running, before, "fletactors_session_batches_total") >= 2, "the reset and the click's batch");
        Assert.True(Delta(running, before, "fletactors_session_turn_duration_seconds_count") >= 2, "main and the click");
        Assert.True(Delta(running, before, "fletactors_session_turn_duration_seconds_sum") > 0);
        Assert.True(Delta(running, before, "fletactors_session_event_flush_duration_seconds_count") >= 1);
        Assert.Equal(running.Sum("fletactors_session_event_flush_duration_seconds_count"),
            running.Sum("fletactors_session_event_flush_duration_seconds_bucket", ("le", "+Inf")));
        Assert.True(running.Sum("fletactors_cluster_shards") >= 1, "the node claims its shards");
        Assert.Equal("histogram", running.Types["fletactors_session_turn_duration_seconds"]);
        Assert.Equal("counter", running.Types["fletactors_sessions_started_total"]);
        Assert.Equal("gauge", running.Types["fletactors_sessions_live"]);

        // Act 2: a flood of clicks beyond the limit; the batches are acknowledged again.
        first.AutoAck = true;
        for (var i = 0; i < 20; i++)
        {
            await first.ClickAsync(increment.Id);
        }

        var report = await first.ReadUntilAsync(m => m.Error is not null);
        Assert.Equal(ErrorCode.LimitExceeded, report.Error.Code);
        var flooded = await ScrapeUntilAsync(http, metricsUrl, s =>
            Delta(s, running, "fletactors_session_inputs_rate_limited_total") >= 1
            && Delta(s, before, "fletactors_session_inputs_total") + Delta(s, before, "fletactors_session_inputs_rate_limited_total") >= 21,
            "every click accepted or refused by the limit");
        Assert.True(Delta(flooded, running, "fletactors_session_inputs_total") >= 1, "the burst allowance");

        // Act 3: the client goes, comes back with its token, goes again and stays away past the timeout.
        var (sessionId, token) = (first.Started!.SessionId, first.Started.ResumeToken);
        await first.CompleteRequestsAsync();
        Assert.Equal(StatusCode.OK, (await first.ReadToEndAsync()).StatusCode);
        using (var second = await RawSession.ResumeAsync(server.Channel, sessionId, token, first.Tree))
        {
            await second.CompleteRequestsAsync();
            Assert.Equal(StatusCode.OK, (await second.ReadToEndAsync()).StatusCode);
        }

        // Assert 3: resumed once, closed as expired, no longer live or holding batches; both streams counted.
        var closed = await ScrapeUntilAsync(http, metricsUrl, s =>
            Delta(s, before, "fletactors_sessions_closed_total", ("reason", "expired")) >= 1,
            "the session expired");
        Assert.Equal(1, Delta(closed, before, "fletactors_sessions_resumed_total"));
        Assert.Equal(0, Delta(closed, before, "fletactors_sessions_live"));
        Assert.Equal(0, Delta(closed, before, "fletactors_session_batches_unacknowledged"));
        Assert.Equal(2, Delta(closed, before, "fletactors_grpc_server_calls_total", ("method", Connect), ("status", "OK")));
        Assert.Equal(2, Delta(closed, before, "fletactors_grpc_server_call_duration_seconds_count", ("method", Connect), ("status", "OK")));
        Assert.Equal(0, Delta(closed, before, "fletactors_session_app_exceptions_total"));
        Assert.True(closed.Types.ContainsKey("fletactors_akka_dead_letters_total"), "dead letters are exported");

        // The Grafana dashboard in k8s/ queries only series this server exports.
        var dashboard = File.ReadAllText(Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "k8s", "dashboards", "fletactors-dashboard.json"));
        var queried = Regex.Matches(dashboard, "(fletactors_[a-z0-9_]+)\\{").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(queried);
        Assert.All(queried, name => Assert.True(closed.Has(name), $"the dashboard queries {name}, which the server does not export"));
    }

    [Fact]
    public async Task Metrics_Disabled_PathIsNotServed()
    {
        // Arrange
        using var server = await SampleServerProcess.StartAsync("--FletActors:MetricsEnabled=false");
        using var http = new HttpClient();

        // Act
        using var response = await http.GetAsync(new Uri(server.HttpUrl, "/metrics"));
        var body = await response.Content.ReadAsStringAsync();

        // Assert: whatever the web client answers for an unknown path, it is no Prometheus text.
        Assert.DoesNotContain("fletactors_", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ConfiguredPath_ServesThere()
    {
        // Arrange
        using var server = await SampleServerProcess.StartAsync("--FletActors:MetricsPath=/ops/prometheus");
        using var http = new HttpClient();

        // Act
        var scrape = await PrometheusScrape.GetAsync(http, new Uri(server.HttpUrl, "/ops/prometheus"));

        // Assert
        Assert.True(scrape.Sum("fletactors_cluster_shards") >= 1 || scrape.Types.ContainsKey("fletactors_akka_dead_letters_total"),
            "the FletActors meter is served on the configured path");
    }

    private static ClientControl? IncrementButton(ClientTree tree) =>
        tree.Root.Descendants().FirstOrDefault(c => c.GetString("tooltip") == "Increment");

    private static double Delta(PrometheusScrape after, PrometheusScrape before, string name, params (string, string)[] labels) =>
        after.Sum(name, labels) - before.Sum(name, labels);

    private static async Task<PrometheusScrape> ScrapeUntilAsync(HttpClient http, Uri url, Func<PrometheusScrape, bool> condition,
        string what)
    {
        var deadline = DateTime.UtcNow + ScrapeDeadline;
        while (true)
        {
            var scrape = await PrometheusScrape.GetAsync(http, url);
            if (condition(scrape))
            {
                return scrape;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new XunitException($"Not seen within {ScrapeDeadline}: {what}. Last scrape:\n"
                    + string.Join('\n', scrape.Samples.Where(s => s.Name.StartsWith("fletactors_", StringComparison.Ordinal))
                        .Select(s => $"{s.Name}{{{string.Join(',', s.Labels.Select(l => $"{l.Key}={l.Value}"))}}} {s.Value}")));
            }

            await Task.Delay(ScrapePoll);
        }
    }
}
