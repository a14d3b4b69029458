namespace FletActors.Actors;

/// <summary>The <c>/user</c> actor: parent of every top-level actor. It only supervises.</summary>
internal sealed class Guardian : Actor
{
    protected override Task ReceiveAsync(object message)
    {
        Unhandled(message);
        return Task.CompletedTask;
    }
}
