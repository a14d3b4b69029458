namespace FletActors.Server.Tests.Support;

/// <summary>Real-time patience for conditions; generous, since the machine is shared. Never a speed assertion.</summary>
internal static class TestTimeouts
{
    public static TimeSpan Condition { get; } = TimeSpan.FromSeconds(10);
}
