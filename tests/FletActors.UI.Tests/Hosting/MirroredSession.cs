using FletActors.UI.Patching;
using FletActors.UI.Tests.Patching;

namespace FletActors.UI.Tests.Hosting;

/// <summary>A test host plus a client mirror that applies every batch and must always equal the page.</summary>
internal sealed class MirroredSession
{
    public MirroredSession(TimeProvider? timeProvider = null, string sessionId = "session-1", InProcessPubSub? pubSub = null)
    {
        Host = new TestHost(sessionId, timeProvider, pubSub);
    }

    public TestHost Host { get; }

    public Page Page => Host.Page;

    public MirrorTree Mirror { get; } = new();

    /// <summary>Runs one turn, applies what it sent to the mirror, checks the mirror, returns the ops.</summary>
    public IReadOnlyList<PatchOp> Turn(Action work)
    {
        Host.Turn(work);
        return Deliver();
    }

    /// <summary>Runs queued turns, applies what they sent, checks the mirror, returns the ops.</summary>
    public IReadOnlyList<PatchOp> RunPending()
    {
        Host.RunPending();
        return Deliver();
    }

    public IReadOnlyList<PatchOp> Deliver()
    {
        var ops = new List<PatchOp>();
        foreach (var batch in Host.Batches)
        {
            Mirror.Apply(batch);
            ops.AddRange(batch.Ops);
        }

        Host.Batches.Clear();
        Assert.Equal(MirrorTree.Dump(Page.Snapshot()), Mirror.Dump());
        return ops;
    }
}
