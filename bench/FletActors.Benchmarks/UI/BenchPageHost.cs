using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors.Benchmarks.UI;

/// <summary>
/// The smallest real page host: always inside the turn (the benchmark thread is the session), batches counted and
/// dropped, no tasks or pub/sub. Enough to measure the app model on its own.
/// </summary>
internal sealed class BenchPageHost : IPageHost, IPubSubBroker
{
    public BenchPageHost(string sessionId) => SessionId = sessionId;

    public string SessionId { get; }

    public TimeProvider TimeProvider => TimeProvider.System;

    public bool IsInTurn => true;

    public IPubSubBroker PubSub => this;

    public int MaxControls => int.MaxValue;

    public bool CanSend => true;

    public long OpsSent { get; private set; }

    public void Send(PatchBatch batch) => OpsSent += batch.Ops.Count;

    public void CallClientMethod(ulong controlId, string method, IReadOnlyList<Prop> args) => OpsSent++;

    public IPageTask StartTask(Func<CancellationToken, Task> body, Control? owner) =>
        throw new NotSupportedException("The benchmarks start no tasks.");

    public Task InvokeAsync(Func<Task> work) => work();

    public void Publish(string? topic, object message, bool includeSelf)
    {
    }

    public void Subscribe(string? topic, Action<string?, object> handler)
    {
    }

    public void Unsubscribe(string? topic)
    {
    }

    public void UnsubscribeAll()
    {
    }
}
