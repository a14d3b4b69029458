using BenchmarkDotNet.Attributes;

namespace FletActors.Benchmarks.UI;

/// <summary>
/// One changed prop flushed from a page of 10 controls and from one of 10 000: the diff follows what changed, so
/// both should cost about the same. Run: <c>dotnet run -c Release --project bench/FletActors.Benchmarks -- --filter '*DiffBenchmarks*'</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private Page page = null!;
    private Text target = null!;
    private int counter;

    [Params(10, 10_000)]
    public int Controls { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var host = new BenchPageHost("bench");
        page = new Page(host);

        // Rows of ten texts, so the tree is realistically nested rather than one flat list.
        var texts = Enumerable.Range(0, Controls).Select(i => new Text($"t{i}")).ToList();
        foreach (var row in texts.Chunk(10))
        {
            page.Add(new Row(row));
        }

        page.Flush();
        target = texts[texts.Count / 2];
    }

    [Benchmark]
    public bool ChangeOnePropAndFlush()
    {
        target.Value = (++counter & 1) == 0 ? "even" : "odd";
        return page.Flush();
    }
}
