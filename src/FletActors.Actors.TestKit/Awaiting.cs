using Xunit.Sdk;

namespace FletActors.Actors.TestKit;

/// <summary>Waiting for a condition with a real-time deadline, checking every few milliseconds.</summary>
public static class Awaiting
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>Completes once <paramref name="condition"/> is true; fails with <paramref name="message"/> at the deadline.</summary>
    public static async Task ConditionAsync(Func<bool> condition, TimeSpan? timeout = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var wait = timeout ?? TimeSpan.FromSeconds(3);
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

    /// <summary>Completes once <paramref name="assertion"/> stops throwing; rethrows its last failure at the deadline.</summary>
    public static async Task AssertAsync(Action assertion, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(3));
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(PollInterval).ConfigureAwait(false);
            }
        }
    }
}
