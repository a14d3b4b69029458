using Xunit.Sdk;

namespace FletActors.Actors.TestKit;

/// <summary>
/// A stand-in actor for tests: send from it, and expect what it receives within a real-time deadline. Waits never
/// block a thread.
/// </summary>
public sealed class TestProbe
{
    private readonly ProbeRef _ref;

    /// <summary>Creates a probe in <paramref name="system"/>.</summary>
    public TestProbe(ActorSystem system, string name = "probe")
    {
        ArgumentNullException.ThrowIfNull(system);
        _ref = new ProbeRef(system, system.NewTempPath(name));
    }

    /// <summary>The probe's ref; give it to actors as a sender or a collaborator.</summary>
    public IActorRef Ref => _ref;

    /// <summary>The sender of the last message received.</summary>
    public IActorRef? LastSender { get; private set; }

    /// <summary>How long expectations wait when not told. Default 3 s of real time.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Tells <paramref name="message"/> to <paramref name="target"/> with the probe as sender.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, _ref);
    }

    /// <summary>Replies to <see cref="LastSender"/>.</summary>
    public void Reply(object message) =>
        (LastSender ?? throw new InvalidOperationException("The probe has received nothing with a sender to reply to."))
        .Tell(message, _ref);

    /// <summary>Watches <paramref name="subject"/>; its <see cref="Terminated"/> arrives in this probe's queue.</summary>
    public void Watch(IActorRef subject) => _ref.Watch(subject);

    /// <summary>Stops watching <paramref name="subject"/>.</summary>
    public void Unwatch(IActorRef subject) => _ref.Unwatch(subject);

    /// <summary>Receives the next message, whatever it is.</summary>
    public async Task<object> ReceiveOneAsync(TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultTimeout;
        using var deadline = new CancellationTokenSource(wait);
        try
        {
            var (message, sender) = await _ref.Queue.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
            LastSender = sender;
            return message;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new XunitException($"Probe {_ref.Path} received no message within {wait}.");
        }
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/> matching <paramref name="predicate"/>.</summary>
    public async Task<T> ExpectMsgAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultTimeout;
        object message;
        try
        {
            message = await ReceiveOneAsync(wait).ConfigureAwait(false);
        }
        catch (XunitException)
        {
            throw new XunitException($"Probe {_ref.Path} expected a {typeof(T).Name} within {wait} but received nothing.");
        }

        if (message is not T typed)
        {
            throw new XunitException($"Probe {_ref.Path} expected a {typeof(T).Name} but received {Describe(message)}.");
        }

        if (predicate is not null && !predicate(typed))
        {
            throw new XunitException($"Probe {_ref.Path} received {Describe(message)}, which does not match the predicate.");
        }

        return typed;
    }

    /// <summary>Expects the next message to equal <paramref name="expected"/>.</summary>
    public Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null)
        where T : notnull =>
        ExpectMsgAsync<T>(actual => EqualityComparer<T>.Default.Equals(actual, expected), timeout);

    /// <summary>Expects that nothing arrives within <paramref name="duration"/> (real time, default 100 ms).</summary>
    public async Task ExpectNoMsgAsync(TimeSpan? duration = null)
    {
        using var window = new CancellationTokenSource(duration ?? TimeSpan.FromMilliseconds(100));
        try
        {
            var (message, _) = await _ref.Queue.Reader.ReadAsync(window.Token).ConfigureAwait(false);
            throw new XunitException($"Probe {_ref.Path} expected no message but received {Describe(message)}.");
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
        }
    }

    /// <summary>Expects <see cref="Terminated"/> for <paramref name="subject"/>; the probe must be watching it.</summary>
    public Task<Terminated> ExpectTerminatedAsync(IActorRef subject, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return ExpectMsgAsync<Terminated>(terminated => terminated.ActorRef.Equals(subject), timeout);
    }

    /// <summary>Skips messages until one of type <typeparamref name="T"/> satisfies <paramref name="isTheOne"/>, within the deadline.</summary>
    public async Task<T> FishForMessageAsync<T>(Func<T, bool> isTheOne, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(isTheOne);
        var wait = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + wait;
        var skipped = new List<string>();
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            object message;
            try
            {
                message = await ReceiveOneAsync(left).ConfigureAwait(false);
            }
            catch (XunitException)
            {
                break;
            }

            if (message is T typed && isTheOne(typed))
            {
                return typed;
            }

            skipped.Add(Describe(message));
        }

        throw new XunitException(
            $"Probe {_ref.Path} found no matching {typeof(T).Name} within {wait}; skipped: [{string.Join(", ", skipped)}].");
    }

    private static string Describe(object message) => $"{message.GetType().Name} {message}";
}
