using FletActors.UI.Patching;
using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Controls;

public class LifecycleTests
{
    [Fact]
    public void DidMount_ControlAdded_CalledOnceAfterItsBatchWasSent()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var probe = new LifecycleProbe("p", log);
        var batchesAtMount = -1;
        probe.OnDidMount = () => batchesAtMount = session.Host.Batches.Count;

        session.Turn(() =>
        {
            session.Page.Add(probe);
            Assert.DoesNotContain("did-mount p", log);
        });
        session.Turn(() => probe.Value = "p");

        Assert.Equal(1, batchesAtMount);
        Assert.Single(log, "did-mount p");
        Assert.Same(session.Page, probe.PageSeenAtMount);
        Assert.True(probe.IsMounted);
    }

    [Fact]
    public void Lifecycle_MovedWithinAndAcrossParents_NoCallbacks()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var probe = new LifecycleProbe("p", log);
        var (left, right) = (new Column(probe, new Text("x")), new Column());
        session.Turn(() => session.Page.Add(left, right));
        log.Clear();

        session.Turn(() => left.Controls.Insert(1, probe));
        session.Turn(() => right.Controls.Add(probe));
        session.Turn(() => session.Page.Add(new Container(probe)));

        Assert.DoesNotContain(log, entry => entry.Contains("mount", StringComparison.Ordinal));
    }

    [Fact]
    public void WillUnmount_RemovedThenReadded_ExactlyOncePerMountAndUnmount()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var probe = new LifecycleProbe("p", log);
        var column = new Column(new Column(probe));

        session.Turn(() => session.Page.Add(column));
        session.Turn(() => session.Page.Remove(column));
        session.Turn(() => session.Page.Add(column));
        session.Turn(() => column.Controls.Clear());

        Assert.Equal(
            ["did-mount p", "will-unmount p", "did-mount p", "will-unmount p"],
            log.Where(e => e.Contains("mount", StringComparison.Ordinal)));
        Assert.Same(session.Page, probe.PageSeenAtUnmount);
        Assert.False(probe.IsMounted);
    }

    [Fact]
    public void Lifecycle_AddedAndRemovedInOneTurn_NoCallbacks()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var probe = new LifecycleProbe("p", log);

        var ops = session.Turn(() =>
        {
            session.Page.Add(probe);
            session.Page.Remove(probe);
        });

        Assert.DoesNotContain(log, entry => entry.Contains("mount", StringComparison.Ordinal));
        Assert.Single(ops);
    }

    [Fact]
    public void BeforeUpdate_ChangeMadeThere_GoesOutInTheSameBatch()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var probe = new LifecycleProbe("p", log);
        session.Turn(() => session.Page.Add(probe));
        probe.OnBeforeUpdate = () => probe.Size = 30;
        log.Clear();

        session.Turn(() => probe.Value = "q");

        Assert.Equal("before-update q", log[0]);
        var batch = session.Mirror[probe.Id];
        Assert.Equal(PropValue.Number(30), batch.Props["size"]);
    }

    [Fact]
    public void BeforeUpdate_UnchangedControl_NotCalled()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var probe = new LifecycleProbe("p", log);
        var other = new Text("o");
        session.Turn(() => session.Page.Add(probe, other));
        log.Clear();

        session.Turn(() => other.Value = "changed");

        Assert.Empty(log);
    }

    [Fact]
    public void WillUnmount_KeyedTakeover_OldUnmountsNewMounts()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var old = new LifecycleProbe("old", log) { Key = "k" };
        var successor = new LifecycleProbe("new", log) { Key = "k" };
        session.Turn(() => session.Page.Add(old));
        var id = old.Id;

        session.Turn(() =>
        {
            session.Page.Clean();
            session.Page.Add(successor);
        });

        Assert.Equal(id, successor.Id);
        Assert.Contains("will-unmount old", log);
        Assert.Contains("did-mount new", log);
    }

    [Fact]
    public void HandleClose_MountedControls_EachUnmountedOnce()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        var (a, b) = (new LifecycleProbe("a", log), new LifecycleProbe("b", log));
        var closed = false;
        session.Turn(() =>
        {
            session.Page.Add(new Column(a), b);
            session.Page.OnClose = _ => closed = true;
        });

        session.Host.Turn(session.Page.HandleClose);

        Assert.True(closed);
        Assert.Single(log, "will-unmount a");
        Assert.Single(log, "will-unmount b");
    }

    [Fact]
    public void Page_ControlNeverAdded_ThrowsNamingTheFix()
    {
        var text = new Text("alone");

        var error = Assert.Throws<InvalidOperationException>(() => text.Page);

        Assert.Contains("not on a page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_InsideTurn_SendsBatchBeforeTurnEnds()
    {
        var session = new MirroredSession();
        var text = new Text("a");
        session.Turn(() => session.Page.Add(text));

        var sentDuringTurn = 0;
        session.Turn(() =>
        {
            text.Value = "b";
            text.Update();
            sentDuringTurn = session.Host.Batches.Count;
            text.Value = "c";
        });

        Assert.Equal(1, sentDuringTurn);
        Assert.Equal("c", session.Mirror[text.Id].Props["value"].StringValue);
    }

    [Fact]
    public void Update_WhileHostCannotSend_ChangesStayPendingAndLeaveWithTheNextFlush()
    {
        var session = new MirroredSession();
        var text = new Text("a");
        session.Turn(() => session.Page.Add(text));
        var before = session.Host.Batches.Count;

        var sentDuringTurn = -1;
        session.Host.CanSend = false;
        session.Host.Turn(() =>
        {
            text.Value = "b";
            text.Update();
            sentDuringTurn = session.Host.Batches.Count - before;
        });
        session.Host.CanSend = true;
        session.Turn(() => text.Value = "c");

        Assert.Equal(0, sentDuringTurn);
        Assert.Equal("c", session.Mirror[text.Id].Props["value"].StringValue);
    }
}
