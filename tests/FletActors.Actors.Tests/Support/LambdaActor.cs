using FletActors.Actors;

namespace FletActors.Actors.Tests.Support;

/// <summary>An actor whose behaviour and hooks are given as delegates, so each test states its actor inline.</summary>
internal sealed class LambdaActor(Func<LambdaActor, object, Task> receive) : Actor
{
    public Action<LambdaActor>? OnPreStart { get; init; }

    public Action<LambdaActor>? OnPostStop { get; init; }

    public Action<LambdaActor, Exception, object?>? OnPreRestart { get; init; }

    public Action<LambdaActor, Exception>? OnPostRestart { get; init; }

    public SupervisorStrategy? ChildStrategy { get; init; }

    public IActorContext Ctx => Context;

    public IActorRef? CurrentSender => Sender;

    public int State { get; set; }

    protected override SupervisorStrategy? SupervisorStrategy => ChildStrategy;

    public static Props Props(Func<LambdaActor, object, Task> receive) => FletActors.Actors.Props.Create(() => new LambdaActor(receive));

    public static Props Props(Action<LambdaActor, object> receive) => Props((actor, message) =>
    {
        receive(actor, message);
        return Task.CompletedTask;
    });

    protected override Task ReceiveAsync(object message) => receive(this, message);

    protected override void PreStart() => OnPreStart?.Invoke(this);

    protected override void PostStop() => OnPostStop?.Invoke(this);

    protected override void PreRestart(Exception reason, object? message)
    {
        OnPreRestart?.Invoke(this, reason, message);
        base.PreRestart(reason, message);
    }

    protected override void PostRestart(Exception reason)
    {
        OnPostRestart?.Invoke(this, reason);
        base.PostRestart(reason);
    }
}
