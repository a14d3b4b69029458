using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FletActors.Actors;

/// <summary>
/// A named home for actors: spawns top-level actors under <c>/user</c>, owns the clock, the timer wheel and the
/// dead letters, and shuts down in order (children before parents).
/// </summary>
public sealed class ActorSystem : IAsyncDisposable
{
    private readonly ActorCell _guardian;
    private readonly ActorPath _tempRoot;
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _uid;
    private int _shutdownRequested;

    /// <summary>Starts a system.</summary>
    /// <param name="name">Letters, digits, '-' and '_'; appears in every actor path.</param>
    /// <param name="timeProvider">The clock of timers, Ask timeouts and restart windows; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="loggerFactory">Where the kernel logs; nothing when null.</param>
    /// <param name="options">Limits and defaults; validated here.</param>
    public ActorSystem(
        string name,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        ActorSystemOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"Actor system name '{name}' may contain only letters, digits, '-' and '_'.", nameof(name));
        }

        Options = options ?? new ActorSystemOptions();
        Options.Validate();
        Name = name;
        TimeProvider = timeProvider ?? TimeProvider.System;
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        KernelLogger = LoggerFactory.CreateLogger("FletActors.Actors");
        DeadLetters = new DeadLetterOffice(LoggerFactory.CreateLogger("FletActors.Actors.DeadLetters"), TimeProvider, Options);
        TimerWheel = new TimerWheel(TimeProvider, Options.TimerTick, Options.TimerWheelSize);
        _tempRoot = new ActorPath(name, "temp");
        _guardian = new ActorCell(this, null, Props.Create<Guardian>(), new ActorPath(name, "user"));
        _guardian.PrepareAsGuardian();
        _guardian.SendSystemMessage(new Create());
    }

    /// <summary>The system's name.</summary>
    public string Name { get; }

    /// <summary>The clock every timer of this system runs on.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The logger factory the kernel logs to.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The validated options.</summary>
    public ActorSystemOptions Options { get; }

    /// <summary>Undeliverable messages: a counter and a subscription.</summary>
    public DeadLetterOffice DeadLetters { get; }

    /// <summary>Completes when every actor has stopped after <see cref="ShutdownAsync"/>.</summary>
    public Task WhenTerminated => _terminated.Task;

    internal ILogger KernelLogger { get; }

    internal TimerWheel TimerWheel { get; }

    /// <summary>Creates a top-level actor. Callable from any thread.</summary>
    /// <exception cref="InvalidActorNameException">The name is taken by a live top-level actor, or malformed.</exception>
    /// <exception cref="InvalidOperationException">The system is shutting down.</exception>
    public IActorRef Spawn(Props props, string? name = null) => _guardian.SpawnChild(props, name);

    /// <summary>Stops any actor, asynchronously; its children stop first.</summary>
    /// <exception cref="ArgumentException">The actor belongs to another system.</exception>
    public void Stop(IActorRef actor)
    {
        var target = ActorRefBase.From(actor, nameof(actor));
        if (!ReferenceEquals(target.System, this))
        {
            throw new ArgumentException($"'{actor.Path}' belongs to another actor system than '{Name}'.", nameof(actor));
        }

        target.SendSystemMessage(new Terminate());
    }

    /// <summary>
    /// Stops every actor, children before parents, and completes when all have stopped. Idempotent; later
    /// spawns throw.
    /// </summary>
    public Task ShutdownAsync()
    {
        if (Interlocked.Exchange(ref _shutdownRequested, 1) == 0)
        {
            _guardian.SendSystemMessage(new Terminate());
        }

        return _terminated.Task;
    }

    /// <summary>Same as <see cref="ShutdownAsync"/>.</summary>
    public async ValueTask DisposeAsync() => await ShutdownAsync().ConfigureAwait(false);

    /// <inheritdoc/>
    public override string ToString() => $"ActorSystem {Name}";

    internal long NextUid() => Interlocked.Increment(ref _uid);

    internal ActorPath NewTempPath(string prefix)
    {
        var uid = NextUid();
        return new ActorPath(_tempRoot, prefix + uid.ToString(System.Globalization.CultureInfo.InvariantCulture), uid);
    }

    internal void PublishDeadLetter(object message, IActorRef? sender, IActorRef recipient, bool unhandled = false) =>
        DeadLetters.Publish(new DeadLetter(message, sender, recipient, unhandled));

    internal void OnGuardianTerminated()
    {
        TimerWheel.Dispose();
        _terminated.TrySetResult();
    }
}
