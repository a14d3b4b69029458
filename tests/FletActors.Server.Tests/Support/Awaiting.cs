using Xunit.Sdk;

namespace FletActors.Server.Tests.Support;

/// <summary>Waiting for a condition with a real-time deadline, checking every few milliseconds (for tests outside a TestKit).</summary>
internal static class Awaiting
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>Completes once <paramref name="condition"/> is true; fails with <paramref name="message"/> at the deadline.</summary>
    public static async Task ConditionAsync(Func<bool> condition, TimeSpan? timeout = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = timeout ?? TestTimeouts.Condition;
        var deadline = DateTime.UtcNow + wait;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new XunitException($"Condition not met within {wait}: {message ?? "(no description)"}.");
            }

            await Task.Delay(PollInterval).ConfigureAwait(false);
        }
    }
}
