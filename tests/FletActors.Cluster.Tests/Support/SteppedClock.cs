namespace FletActors.Cluster.Tests.Support;

/// <summary>A clock whose timestamps move only when the test steps it.</summary>
internal sealed class SteppedClock : TimeProvider
{
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref ticks);

    public void Step(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
