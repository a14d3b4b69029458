using System.Diagnostics;
using System.Globalization;

namespace FletActors.Benchmarks.Wire;

/// <summary>Round-trip times of one run, and the figures derived from them.</summary>
internal sealed class LatencyRecorder(int capacity)
{
    private readonly List<long> samples = new(capacity);
    private long elapsedTicks;

    public int Count => samples.Count;

    public void Add(long ticks) => samples.Add(ticks);

    public void Finish(long totalTicks) => elapsedTicks = totalTicks;

    /// <summary>Adds a slice of a run that is measured in several slices.</summary>
    public void AddSlice(IEnumerable<long> sliceSamples, long sliceTicks)
    {
        samples.AddRange(sliceSamples);
        elapsedTicks += sliceTicks;
    }

    public double Percentile(double p)
    {
        var sorted = samples.Order().ToArray();
        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)] * 1_000_000.0 / Stopwatch.Frequency;
    }

    public double RoundTripsPerSecond => samples.Count / (elapsedTicks / (double)Stopwatch.Frequency);

    public string Describe(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-22} n={Count,7}  p50={Percentile(50),8:F1} us  p99={Percentile(99),8:F1} us  {RoundTripsPerSecond,9:F0} rt/s");
}
