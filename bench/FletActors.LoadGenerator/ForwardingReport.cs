using HdrHistogram;

namespace FletActors.LoadGenerator;

/// <summary>What <see cref="ForwardingRun"/> measured: each measure's distribution, and the overhead of forwarding against the floor.</summary>
internal sealed record ForwardingReport(
    IReadOnlyList<ForwardingReport.Measure> Measures,
    double OverheadP50Micros,
    double OverheadMeanMicros,
    double OverheadOverFloorP50,
    double OverheadOverFloorMean,
    LoadReport.MachineSection Machine,
    ForwardingOptions Options)
{
    /// <summary>The overhead is forwarded minus owned; the floor is the Akka.Remote ping, the last measure.</summary>
    public static ForwardingReport From(IReadOnlyList<Measure> measures, LoadReport.MachineSection machine, ForwardingOptions options)
    {
        var (owned, forwarded, floor) = (measures[0], measures[1], measures[2]);
        var overheadP50 = forwarded.P50Micros - owned.P50Micros;
        var overheadMean = forwarded.MeanMicros - owned.MeanMicros;
        return new ForwardingReport(measures, overheadP50, overheadMean, overheadP50 / floor.P50Micros, overheadMean / floor.MeanMicros,
            machine, options);
    }

    /// <summary>One measure's round trips, in microseconds.</summary>
    public sealed record Measure(string Name, long Count, double P50Micros, double P90Micros, double P99Micros, double MaxMicros, double MeanMicros)
    {
        public static Measure Of(string name, LongHistogram micros) => new(name, micros.TotalCount,
            micros.GetValueAtPercentile(50), micros.GetValueAtPercentile(90), micros.GetValueAtPercentile(99),
            HistogramExtensions.GetMaxValue(micros), micros.GetMean());
    }
}
