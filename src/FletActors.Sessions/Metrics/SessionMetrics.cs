using System.Diagnostics;
using System.Diagnostics.Metrics;
using FletActors.Protocol.V1;

namespace FletActors.Sessions.Metrics;

/// <summary>
/// The instruments of the sessions of a node, on the <c>FletActors</c> meter: sessions live, started, resumed and
/// closed by reason, client inputs and patch batches, turn duration, event-to-flush latency, unacknowledged batches,
/// rate-limited inputs and app exceptions. An exporter turns the names into Prometheus ones
/// (<c>fletactors_sessions_live</c>, <c>fletactors_sessions_started_total</c>, <c>..._seconds</c>).
/// </summary>
/// <remarks>
/// Every method is called on a session's hot path (each input, turn and batch), so none allocates: instruments
/// without tags, or one tag picked from values built once.
/// </remarks>
internal sealed class SessionMetrics
{
    /// <summary>The meter every FletActors instrument lives on.</summary>
    public const string MeterName = "FletActors";

    /// <summary>
    /// Bucket boundaries, in seconds, of the latency histograms: from half a millisecond (a turn of a simple
    /// handler) to ten seconds (a stalled node).
    /// </summary>
    public static readonly IReadOnlyList<double> LatencyBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private static readonly KeyValuePair<string, object?>[] ClosedReasonTags = BuildReasonTags();

    private readonly UpDownCounter<long> live;
    private readonly Counter<long> started;
    private readonly Counter<long> resumed;
    private readonly Counter<long> closed;
    private readonly Counter<long> inputs;
    private readonly Counter<long> rateLimited;
    private readonly Counter<long> batches;
    private readonly UpDownCounter<long> unacknowledged;
    private readonly Counter<long> appExceptions;
    private readonly Histogram<double> turnDuration;
    private readonly Histogram<double> eventToFlush;

    /// <summary>Creates the instruments on a meter of <paramref name="meterFactory"/>, which owns and disposes it.</summary>
    public SessionMetrics(IMeterFactory meterFactory)
        : this(meterFactory?.Create(MeterName) ?? throw new ArgumentNullException(nameof(meterFactory)))
    {
    }

    private SessionMetrics(Meter meter)
    {
        var latency = new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets };
        live = meter.CreateUpDownCounter<long>("fletactors.sessions.live", "{session}",
            "Sessions this node holds now, connected or waiting for their client to resume.");
        started = meter.CreateCounter<long>("fletactors.sessions.started", "{session}", "Sessions started on this node.");
        resumed = meter.CreateCounter<long>("fletactors.sessions.resumed", "{session}",
            "Resumes of a session on this node by its client (a new connection, nothing lost).");
        closed = meter.CreateCounter<long>("fletactors.sessions.closed", "{session}",
            "Sessions of this node that closed, by reason (expired, server_shutdown, closed_by_app ...).");
        inputs = meter.CreateCounter<long>("fletactors.session.inputs", "{input}",
            "Client inputs (events, write-backs, page events, method results) accepted into sessions of this node.");
        rateLimited = meter.CreateCounter<long>("fletactors.session.inputs.rate_limited", "{input}",
            "Client inputs dropped because their session exceeded FletActors:MaxEventsPerSecond.");
        batches = meter.CreateCounter<long>("fletactors.session.batches", "{batch}", "Patch batches sessions of this node sent.");
        unacknowledged = meter.CreateUpDownCounter<long>("fletactors.session.batches.unacknowledged", "{batch}",
            "Patch batches sent and not yet acknowledged by their clients, over every session of this node.");
        appExceptions = meter.CreateCounter<long>("fletactors.session.app_exceptions", "{exception}",
            "Exceptions app code threw (handlers, main, tasks, lifecycle callbacks); each was reported to its client.");
        turnDuration = meter.CreateHistogram("fletactors.session.turn.duration", "s",
            "How long one turn of a session ran: app code, then the diff and the flush of what it changed.", null, latency);
        eventToFlush = meter.CreateHistogram("fletactors.session.event_flush.duration", "s",
            "From the server receiving a client input to the end of the turn it ran, flush included: mailbox wait, handler, diff.",
            null, latency);

        // Every series exists from the first scrape, at 0, so that rate() and increase() see its first rise.
        foreach (var counter in new[] { live, unacknowledged })
        {
            counter.Add(0);
        }

        foreach (var counter in new[] { started, resumed, inputs, rateLimited, batches, appExceptions })
        {
            counter.Add(0);
        }

        foreach (var reason in ClosedReasonTags.Distinct())
        {
            closed.Add(0, reason);
        }
    }

    /// <summary>A session started: one more live.</summary>
    public void SessionStarted()
    {
        started.Add(1);
        live.Add(1);
    }

    /// <summary>A session was resumed by its client.</summary>
    public void SessionResumed() => resumed.Add(1);

    /// <summary>A live session closed for <paramref name="reason"/>.</summary>
    public void SessionClosed(SessionClosed.Types.Reason reason)
    {
        var index = (int)reason;
        closed.Add(1, index >= 0 && index < ClosedReasonTags.Length ? ClosedReasonTags[index] : ClosedReasonTags[0]);
        live.Add(-1);
    }

    /// <summary>A client input was accepted into its session's mailbox.</summary>
    public void InputAccepted() => inputs.Add(1);

    /// <summary>A client input was dropped by its session's rate limit.</summary>
    public void InputRateLimited() => rateLimited.Add(1);

    /// <summary>A session sent one patch batch.</summary>
    public void BatchSent() => batches.Add(1);

    /// <summary>The unacknowledged batches of one session changed by <paramref name="delta"/>.</summary>
    public void UnacknowledgedChanged(int delta)
    {
        if (delta != 0)
        {
            unacknowledged.Add(delta);
        }
    }

    /// <summary>App code threw.</summary>
    public void AppException() => appExceptions.Add(1);

    /// <summary>A turn that began at <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp) has ended.</summary>
    public void TurnEnded(long startedAt)
    {
        if (turnDuration.Enabled)
        {
            turnDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds);
        }
    }

    /// <summary>The turn of an input received at <paramref name="receivedAt"/> (a <see cref="Stopwatch"/> timestamp) has flushed.</summary>
    public void InputFlushed(long receivedAt)
    {
        if (eventToFlush.Enabled)
        {
            eventToFlush.Record(Stopwatch.GetElapsedTime(receivedAt).TotalSeconds);
        }
    }

    /// <summary>Instruments on a meter of their own, seen by listeners of the meter name but by no host's exporter.</summary>
    public static SessionMetrics Standalone() => new(new Meter(MeterName));

    // "REASON_EXPIRED" reads "expired": Prometheus label values in the style of the other labels.
    private static KeyValuePair<string, object?>[] BuildReasonTags()
    {
        var reasons = Enum.GetValues<SessionClosed.Types.Reason>();
        var tags = new KeyValuePair<string, object?>[reasons.Max(r => (int)r) + 1];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = new("reason", "unspecified");
        }

        foreach (var reason in reasons)
        {
            var name = reason.ToString();
            var snake = string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            tags[(int)reason] = new("reason", snake);
        }

        return tags;
    }
}
