using System.Globalization;
using FletActors.Sessions;

namespace FletActors.Benchmarks.Sessions;

/// <summary>
/// Bytes per idle session holding a five-control page: the session actor, its page and tree, window, credentials and
/// rate limiter, measured over many sessions with <c>GC.GetTotalMemory(true)</c> before and after.
/// <c>scenario session-memory [sessions]</c>.
/// </summary>
public sealed class IdleSessionMemoryScenario : IScenario
{
    public string Name => "session-memory";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        await using var bench = new SessionBench(FiveControls, new SessionOptions { MaxSessions = count + 1 });
        await bench.StartIdleAsync().ConfigureAwait(false);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(await bench.StartIdleAsync().ConfigureAwait(false));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var perSession = (after - before) / (double)count;
        Console.WriteLine(FormattableString.Invariant(
            $"{count} idle sessions with a 5-control page: {perSession:F0} bytes per session ({(after - before) / 1024.0 / 1024.0:F1} MB in all); goal <= 8192"));
        GC.KeepAlive(ids);
        return perSession <= 8192 ? 0 : 1;
    }

    private static Task FiveControls(Page page)
    {
        var name = new TextField { Label = "Name" };
        var greeting = new Text();
        page.Add(
            new Text("Greeter"),
            name,
            new Checkbox { Label = "Shout" },
            new ElevatedButton("Greet") { OnClick = _ => greeting.Value = $"Hello, {name.Value}!" },
            greeting);
        return Task.CompletedTask;
    }
}
