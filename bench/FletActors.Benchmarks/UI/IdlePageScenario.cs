using System.Globalization;

namespace FletActors.Benchmarks.UI;

/// <summary>
/// Memory held by idle pages of five controls after their first flush: the per-session cost of the app model.
/// Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- scenario ui-idle-page [pages]</c>.
/// </summary>
public sealed class IdlePageScenario : IScenario
{
    public string Name => "ui-idle-page";

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;

        // Warm up type loading and the JIT so they do not count as page memory.
        _ = BuildPages(100);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pages = BuildPages(count);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(pages);

        Console.WriteLine(FormattableString.Invariant(
            $"pages: {count}, retained bytes per idle page: {(after - before) / (double)count:F0}, allocated bytes per page (build + first flush): {allocated / (double)count:F0}"));
        return Task.FromResult(0);
    }

    private static List<Page> BuildPages(int count)
    {
        var pages = new List<Page>(count);
        for (var i = 0; i < count; i++)
        {
            var page = new Page(new BenchPageHost($"s{i}"));
            page.Add(
                new Text("Counter"),
                new Row(new IconButton(Icons.Remove), new TextField { Value = "0" }, new IconButton(Icons.Add)));
            page.Flush();
            pages.Add(page);
        }

        return pages;
    }
}
