using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// A page host for pure tests of the diff and the encoder: the test thread is the session's turn, and flushed
/// batches are collected. It runs no tasks and no pub/sub.
/// </summary>
internal sealed class SyncPageHost : IPageHost
{
    public SyncPageHost() => Page = new Page(this);

    public Page Page { get; }

    public List<PatchBatch> Batches { get; } = [];

    public string SessionId => "sync";

    public TimeProvider TimeProvider => TimeProvider.System;

    public bool IsInTurn => true;

    public IPubSubBroker PubSub => throw new NotSupportedException("The sync host has no pub/sub.");

    public int MaxControls => int.MaxValue;

    public bool CanSend => true;

    public void Send(PatchBatch batch) => Batches.Add(batch);

    public IPageTask StartTask(Func<CancellationToken, Task> body, Control? owner) =>
        throw new NotSupportedException("The sync host runs no tasks.");

    public Task InvokeAsync(Func<Task> work) => throw new NotSupportedException("The sync host has no other threads.");

    public void CallClientMethod(ulong controlId, string method, IReadOnlyList<Prop> args) =>
        throw new NotSupportedException("The sync host has no client to call.");
}
