namespace FletActors.Client;

public sealed partial class SessionClient
{
    private readonly List<Waiter> waiters = [];

    /// <summary>
    /// Waits until the condition holds for the mirror. The condition runs now and after every message the client
    /// handles, never while a batch is half applied; no polling.
    /// </summary>
    /// <exception cref="TimeoutException">The condition did not hold in time; the message carries the mirror.</exception>
    /// <exception cref="SessionClientException">The client stopped before the condition held.</exception>
    public async Task WaitForAsync(Func<ClientTree, bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        await WaitForAsync(t => condition(t) ? t : null, timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits until the probe finds something in the mirror and returns it, e.g.
    /// <c>await client.WaitForAsync(t => t.FindByText("Hello!"), timeout)</c>.
    /// </summary>
    /// <exception cref="TimeoutException">The probe found nothing in time; the message carries the mirror.</exception>
    /// <exception cref="SessionClientException">The client stopped before the probe found anything.</exception>
    public async Task<T> WaitForAsync<T>(Func<ClientTree, T?> probe, TimeSpan timeout, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        Waiter waiter;
        lock (gate)
        {
            if (probe(tree) is { } found)
            {
                return found;
            }

            if (state is SessionClientState.Closed or SessionClientState.Failed)
            {
                throw new SessionClientException($"The session client is {state.ToString().ToLowerInvariant()}; the mirror will not change.");
            }

            waiter = new Waiter(t => probe(t));
            waiters.Add(waiter);
        }

        try
        {
            // The deadline is the caller's wall-clock patience, not session time, so it runs on the system clock
            // even when the client's backoff runs on a test clock.
            return (T)await waiter.Result.Task.WaitAsync(timeout, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            string dump;
            lock (gate)
            {
                dump = tree.Dump();
            }

            throw new TimeoutException($"The mirror did not reach the awaited condition within {timeout}. It holds:\n{dump}");
        }
        finally
        {
            lock (gate)
            {
                waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes every waiter whose condition now holds; called under the gate.</summary>
    private void CheckWaiters()
    {
        for (var i = waiters.Count - 1; i >= 0; i--)
        {
            var waiter = waiters[i];
            try
            {
                if (waiter.Probe(tree) is { } found)
                {
                    waiters.RemoveAt(i);
                    waiter.Result.TrySetResult(found);
                }
            }
#pragma warning disable CA1031 // A failing condition belongs to its waiter, not to the receive loop.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                waiters.RemoveAt(i);
                waiter.Result.TrySetException(exception);
            }
        }
    }

    /// <summary>Fails every waiter; called under the gate when the client stops.</summary>
    private void FailWaiters(Exception reason)
    {
        foreach (var waiter in waiters)
        {
            waiter.Result.TrySetException(reason);
        }

        waiters.Clear();
    }

    private sealed record Waiter(Func<ClientTree, object?> Probe)
    {
        public TaskCompletionSource<object> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
