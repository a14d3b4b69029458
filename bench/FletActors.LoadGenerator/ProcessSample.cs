using System.Globalization;

namespace FletActors.LoadGenerator;

/// <summary>Resident memory and CPU time of one process, read from /proc at one moment.</summary>
internal sealed record ProcessSample(long RssBytes, TimeSpan CpuTime)
{
    // USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;

    public static ProcessSample Read(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after "(comm)": state is field 3, utime field 14, stime field 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var rssLine = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var rssKb = long.Parse(rssLine["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return new ProcessSample(rssKb * 1024, TimeSpan.FromSeconds(ticks / ClockTicksPerSecond));
    }

    public static ProcessSample Sum(IEnumerable<ProcessSample> samples) =>
        samples.Aggregate(new ProcessSample(0, TimeSpan.Zero), (a, b) => new ProcessSample(a.RssBytes + b.RssBytes, a.CpuTime + b.CpuTime));

    /// <summary>The 1-minute load average of the machine.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
