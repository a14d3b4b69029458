namespace FletActors.Actors;

/// <summary>Tell with an implicit sender, Forward and Ask.</summary>
public static class ActorRefExtensions
{
    /// <summary>
    /// Tells <paramref name="message"/> with the running actor (<see cref="ActorContext.Current"/>) as sender, or
    /// no sender outside an actor.
    /// </summary>
    public static void Tell(this IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, ActorCell.Current?.Self);
    }

    /// <summary>Tells <paramref name="message"/> keeping the sender of the message the running actor is handling.</summary>
    /// <exception cref="InvalidOperationException">Called outside an actor's turn.</exception>
    public static void Forward(this IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        var current = ActorCell.Current ?? throw new InvalidOperationException(
            $"Forward to '{target.Path}' needs the sender of the message being handled, so it can only be called "
            + "inside an actor's turn. Outside an actor use Tell(message, sender).");
        target.Tell(message, current.Sender);
    }

    /// <summary>
    /// Sends <paramref name="message"/> from a temporary ref and completes with the first reply of type
    /// <typeparamref name="T"/>. Works from inside or outside an actor. A <see cref="StatusFailure"/> reply fails the
    /// task with its cause.
    /// </summary>
    /// <param name="target">The actor to ask.</param>
    /// <param name="message">The question.</param>
    /// <param name="timeout">How long to wait; the system's <see cref="ActorSystemOptions.DefaultAskTimeout"/> when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="AskTimeoutException">No reply in time; names the target and the message type.</exception>
    /// <exception cref="ActorTerminatedException">The target is (or becomes, before reading the message) stopped.</exception>
    public static Task<T> Ask<T>(
        this IActorRef target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var targetRef = ActorRefBase.From(target, nameof(target));
        if (message is null)
        {
            throw ActorRefBase.NullMessage(target);
        }

        var system = targetRef.System;
        var wait = timeout ?? system.Options.DefaultAskTimeout;
        if (wait <= TimeSpan.Zero && wait != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), wait, "An Ask timeout must be positive or infinite.");
        }

        if (targetRef.IsTerminated)
        {
            return Task.FromException<T>(new ActorTerminatedException(target, message.GetType()));
        }

        var future = new FutureActorRef<T>(system, target, message.GetType(), wait);
        future.Start(cancellationToken);
        targetRef.Tell(message, future);
        return future.Task;
    }
}
