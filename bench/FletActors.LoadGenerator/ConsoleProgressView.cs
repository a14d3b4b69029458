using HdrHistogram;
using Spectre.Console;

namespace FletActors.LoadGenerator;

/// <summary>
/// Progress on the console through Spectre.Console: one line per phase and, under load, a status line at most once a
/// second with the running counts and p99 (a terminal redraws it in place; a redirected log gets one line each).
/// </summary>
internal sealed class ConsoleProgressView(bool quiet) : IProgressView
{
    private DateTime lastLine = DateTime.MinValue;
    private long lastRoundTrips;

    public void Status(string text)
    {
        if (!quiet)
        {
            AnsiConsole.MarkupLine($"[grey]{DateTime.UtcNow:HH:mm:ss}[/] [bold]{Markup.Escape(text)}[/]");
        }
    }

    public void Connecting(int ready, int total)
    {
        if (!quiet && Due())
        {
            AnsiConsole.MarkupLine($"[grey]{DateTime.UtcNow:HH:mm:ss}[/]   connected {ready}/{total}");
        }
    }

    public void Load(LoadMetrics metrics, TimeSpan elapsed, TimeSpan duration)
    {
        if (quiet || !Due())
        {
            return;
        }

        var trips = metrics.RoundTrips;
        var p99 = metrics.LatencySnapshot() is { TotalCount: > 0 } h ? h.GetValueAtPercentile(99) / 1000.0 : 0;
        AnsiConsole.MarkupLine(
            $"[grey]{DateTime.UtcNow:HH:mm:ss}[/]   [blue]{elapsed.TotalSeconds,5:0}/{duration.TotalSeconds:0} s[/]  round trips {trips,9}  (+{trips - lastRoundTrips}/s)  p99 {p99,8:0.0} ms  timeouts {metrics.Timeouts}  lost {metrics.LostAcknowledged}  reconnects {metrics.Reconnects}  ticks {metrics.Ticks}");
        lastRoundTrips = trips;
    }

    private bool Due()
    {
        var now = DateTime.UtcNow;
        if (now - lastLine < TimeSpan.FromSeconds(1))
        {
            return false;
        }

        lastLine = now;
        return true;
    }
}
