using Microsoft.Extensions.Logging;

namespace FletActors.Actors;

/// <summary>
/// Where undeliverable messages go: counted, published to subscribers as <see cref="DeadLetter"/> messages, and
/// logged at most <see cref="ActorSystemOptions.DeadLetterLogLimit"/> times per
/// <see cref="ActorSystemOptions.DeadLetterLogWindow"/> (then a count of the suppressed ones).
/// </summary>
public sealed class DeadLetterOffice
{
    private readonly Lock _logLock = new();
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly int _logLimit;
    private readonly TimeSpan _logWindow;
    private IActorRef[] _subscribers = [];
    private long _count;
    private long _windowStart;
    private int _loggedInWindow;
    private long _suppressedInWindow;

    internal DeadLetterOffice(ILogger logger, TimeProvider time, ActorSystemOptions options)
    {
        _logger = logger;
        _time = time;
        _logLimit = options.DeadLetterLogLimit;
        _logWindow = options.DeadLetterLogWindow;
        _windowStart = time.GetTimestamp();
    }

    /// <summary>How many dead letters were published since the system started.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Sends every later dead letter to <paramref name="subscriber"/> until the returned handle is disposed.</summary>
    public IDisposable Subscribe(IActorRef subscriber)
    {
        ActorRefBase.From(subscriber, nameof(subscriber));
        ImmutableUpdate(list => [.. list, subscriber]);
        return new Subscription(this, subscriber);
    }

    internal void Publish(DeadLetter letter)
    {
        Interlocked.Increment(ref _count);
        if (letter.Sender is FutureActorRef future && !letter.Unhandled)
        {
            future.OnTargetTerminated();
        }

        Log(letter);

        // A dead letter about a dead letter would loop when a subscriber is itself dead.
        if (letter.Message is DeadLetter)
        {
            return;
        }

        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.Tell(letter, null);
        }
    }

    private void Log(DeadLetter letter)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        long suppressed = 0;
        bool log;
        lock (_logLock)
        {
            var now = _time.GetTimestamp();
            if (_time.GetElapsedTime(_windowStart, now) >= _logWindow)
            {
                suppressed = _suppressedInWindow;
                _windowStart = now;
                _loggedInWindow = 0;
                _suppressedInWindow = 0;
            }

            log = _loggedInWindow < _logLimit;
            if (log)
            {
                _loggedInWindow++;
            }
            else
            {
                _suppressedInWindow++;
            }
        }

        if (suppressed > 0)
        {
            DeadLetterLog.Suppressed(_logger, suppressed, _logWindow);
        }

        if (log)
        {
            DeadLetterLog.DeadLetter(
                _logger, letter.Message.GetType().Name, letter.Sender?.Path.ToString() ?? "(no sender)",
                letter.Recipient.Path.ToString(), letter.Unhandled);
        }
    }

    private void ImmutableUpdate(Func<IActorRef[], IActorRef[]> update)
    {
        while (true)
        {
            var current = Volatile.Read(ref _subscribers);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _subscribers, update(current), current), current))
            {
                return;
            }
        }
    }

    private sealed class Subscription(DeadLetterOffice stream, IActorRef subscriber) : IDisposable
    {
        public void Dispose() => stream.ImmutableUpdate(list => [.. list.Where(s => !s.Equals(subscriber))]);
    }
}
