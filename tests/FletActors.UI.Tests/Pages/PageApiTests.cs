using FletActors.UI.Patching;
using FletActors.UI.Tests.Hosting;
using FletActors.UI.Tests.Patching;

namespace FletActors.UI.Tests.Pages;

public class PageApiTests
{
    [Fact]
    public void AddInsertRemoveClean_EditTheFirstView()
    {
        var session = new MirroredSession();
        var (a, b, c) = (new Text("a"), new Text("b"), new Text("c"));

        session.Turn(() =>
        {
            session.Page.Add(a, c);
            session.Page.Insert(1, b);
        });
        Assert.Equal([a, b, c], session.Page.Controls);
        Assert.Same(session.Page.Views[0].Controls[1], b);

        session.Turn(() => session.Page.Remove(b));
        Assert.Equal([a, c], session.Page.Controls);

        session.Turn(session.Page.Clean);
        Assert.Empty(session.Page.Controls);
        Assert.Empty(session.Mirror[session.Page.Views[0].Id].Children("controls"));
    }

    [Fact]
    public void PushRoute_NewRoute_SetsRouteSendsItAndRaisesOnRouteChange()
    {
        var session = new MirroredSession();
        var raised = new List<string>();
        session.Turn(() => session.Page.OnRouteChange = e => raised.Add($"{e.Route} {session.Page.Route}"));

        session.Turn(() => session.Page.PushRoute("/settings"));

        Assert.Equal(["/settings /settings"], raised);
        Assert.Equal(PropValue.String("/settings"), session.Mirror.Root.Props["route"]);
    }

    [Fact]
    public void HandleRouteChange_FromClient_RaisesWithoutEcho()
    {
        var session = new MirroredSession();
        RouteChangeEvent? raised = null;
        session.Turn(() => session.Page.OnRouteChange = e => raised = e);

        session.Host.Turn(() => session.Page.HandleRouteChange("/store"));

        Assert.Equal("/store", raised!.Route);
        Assert.Equal("/store", session.Page.Route);
        Assert.Empty(session.Host.TakeOps());
    }

    [Fact]
    public void HandleViewPop_KnownRoute_RaisesWithThatView()
    {
        var session = new MirroredSession();
        var settings = new View("/settings", new Text("s"));
        ViewPopEvent? raised = null;
        session.Turn(() =>
        {
            session.Page.Views.Add(settings);
            session.Page.OnViewPop = e => raised = e;
        });

        session.Turn(() => session.Page.HandleViewPop("/settings"));

        Assert.Same(settings, raised!.View);
        Assert.Equal("/settings", raised.Route);
    }

    [Fact]
    public void HandleResize_NewSize_WindowUpdatedBeforeOnResize()
    {
        var session = new MirroredSession();
        var seen = string.Empty;
        session.Turn(() => session.Page.OnResize = e => seen = $"{session.Page.Window.Width}x{session.Page.Window.Height} {e.Width}x{e.Height}");

        session.Turn(() => session.Page.HandleResize(800, 600));

        Assert.Equal("800x600 800x600", seen);
    }

    [Fact]
    public void HandleClientError_Message_RaisesOnErrorWithData()
    {
        var session = new MirroredSession();
        string? data = null;
        session.Turn(() => session.Page.OnError = e => data = e.Message);

        session.Turn(() => session.Page.HandleClientError("render failed"));

        Assert.Equal("render failed", data);
    }

    [Fact]
    public void ConnectDisconnect_RaiseTheirHandlers()
    {
        var session = new MirroredSession();
        var log = new List<string>();
        session.Turn(() =>
        {
            session.Page.OnConnect = e => log.Add(e.Name);
            session.Page.OnDisconnect = e => log.Add(e.Name);
        });

        session.Turn(session.Page.HandleDisconnect);
        session.Turn(session.Page.HandleConnect);

        Assert.Equal(["disconnect", "connect"], log);
    }

    [Fact]
    public void ShowDialog_ThenCloseDialog_OpensInOverlayThenCloses()
    {
        var session = new MirroredSession();
        var dialog = new AlertDialog { Title = new Text("Sure?") };

        session.Turn(() => session.Page.ShowDialog(dialog));
        Assert.Same(dialog, Assert.Single(session.Page.Overlay));
        Assert.Equal(PropValue.True, session.Mirror[dialog.Id].Props["open"]);

        session.Turn(session.Page.CloseDialog);
        Assert.False(dialog.Open);
        Assert.False(session.Mirror[dialog.Id].Props.ContainsKey("open"));
    }

    [Fact]
    public void ShowDialog_AfterClientDismissedPrevious_ReplacesItInOverlay()
    {
        var session = new MirroredSession();
        var first = new AlertDialog();
        session.Turn(() => session.Page.ShowDialog(first));
        session.Host.Turn(() => session.Page.ApplyWriteBack(first.Id, "open", PropValue.False));
        session.Mirror[first.Id].Props.Remove("open");

        var second = new AlertDialog();
        session.Turn(() => session.Page.ShowDialog(second));

        Assert.Same(second, Assert.Single(session.Page.Overlay));
    }

    [Fact]
    public void ShowSnackBar_Adds_Opened()
    {
        var session = new MirroredSession();
        var snackBar = new SnackBar(new Text("Saved"));

        session.Turn(() => session.Page.ShowSnackBar(snackBar));

        Assert.True(snackBar.Open);
        Assert.Equal("snackbar", session.Mirror[snackBar.Id].Type);
    }

    [Fact]
    public void AppBarAndFloatingActionButton_FillTheFirstViewSlots()
    {
        var session = new MirroredSession();

        session.Turn(() =>
        {
            session.Page.AppBar = new AppBar { Title = new Text("App") };
            session.Page.FloatingActionButton = new FloatingActionButton { Icon = Icons.Add };
        });

        var view = session.Mirror[session.Page.Views[0].Id];
        Assert.Equal("appbar", Assert.Single(view.Children("appbar")).Type);
        Assert.Equal("floatingactionbutton", Assert.Single(view.Children("floating_action_button")).Type);
    }

    [Fact]
    public void Controls_NoViews_ThrowsNamingTheFix()
    {
        var session = new MirroredSession();
        session.Turn(() => session.Page.Views.Clear());

        var error = Assert.Throws<TurnFailedException>(() => session.Host.Turn(() => session.Page.Add(new Text("x"))));

        Assert.Contains("add a View to page.Views", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionStore_SetGetTryGetRemoveClear_BehaveAsAStore()
    {
        var session = new MirroredSession();
        var store = session.Page.Session;

        store.Set("count", 3);
        store.Set("name", "ada");

        Assert.Equal(3, store.Get<int>("count"));
        Assert.True(store.TryGet<string>("name", out var name));
        Assert.Equal("ada", name);
        Assert.False(store.TryGet<string>("count", out _));
        Assert.Throws<InvalidCastException>(() => store.Get<string>("count"));
        Assert.Throws<KeyNotFoundException>(() => store.Get<int>("missing"));
        Assert.True(store.Remove("count"));
        Assert.False(store.ContainsKey("count"));
        store.Clear();
        Assert.Empty(store.Keys);
    }

    [Fact]
    public void PubSub_SendOthersAndTopics_DeliveredAsTurnsOfReceivers()
    {
        var broker = new InProcessPubSub();
        var alice = new MirroredSession(sessionId: "alice", pubSub: broker);
        var bob = new MirroredSession(sessionId: "bob", pubSub: broker);
        var aliceLog = new Column();
        var bobLog = new Column();
        alice.Turn(() =>
        {
            alice.Page.Add(aliceLog);
            alice.Page.PubSub.Subscribe(m => aliceLog.Controls.Add(new Text($"all:{m}")));
        });
        bob.Turn(() =>
        {
            bob.Page.Add(bobLog);
            bob.Page.PubSub.Subscribe(m => bobLog.Controls.Add(new Text($"all:{m}")));
            bob.Page.PubSub.SubscribeTopic("news", (t, m) => bobLog.Controls.Add(new Text($"{t}:{m}")));
        });

        alice.Turn(() =>
        {
            alice.Page.PubSub.SendOthers("hi");
            alice.Page.PubSub.SendAllOnTopic("news", "extra");
            alice.Page.PubSub.SendAll("everyone");
        });
        alice.RunPending();
        bob.RunPending();

        Assert.Equal(["all:everyone"], aliceLog.Controls.Select(c => ((Text)c).Value));
        Assert.Equal(["all:hi", "news:extra", "all:everyone"], bobLog.Controls.Select(c => ((Text)c).Value));

        bob.Turn(() => bob.Page.PubSub.UnsubscribeAll());
        alice.Turn(() => alice.Page.PubSub.SendAll("late"));
        bob.RunPending();
        Assert.Equal(3, bobLog.Controls.Count);
    }

    [Fact]
    public void ApplyClientInfo_RouteAndSize_TakenWithoutEcho()
    {
        var session = new MirroredSession();

        session.Host.Turn(() => session.Page.ApplyClientInfo("/start", 1024, 768, "web", "test-agent"));

        Assert.Equal("/start", session.Page.Route);
        Assert.Equal((1024d, 768d), (session.Page.Window.Width, session.Page.Window.Height));
        Assert.Equal("web", session.Page.Platform);
        Assert.DoesNotContain(session.Host.TakeOps().OfType<SetProps>(), s => s.ControlId == PatchBatch.PageId);
    }

    [Fact]
    public void SendReset_ExistingPage_RebuildsAnEqualMirrorFromScratch()
    {
        var session = new MirroredSession();
        session.Turn(() =>
        {
            session.Page.Title = "Reset me";
            session.Page.Add(new Column(new Text("a"), new Checkbox("c", true)), new Text("b") { Key = "b" });
        });
        var fresh = new MirrorTree();

        session.Host.Turn(session.Page.SendReset);
        var batch = Assert.Single(session.Host.Batches);
        fresh.Apply(batch);

        Assert.True(batch.Reset);
        Assert.Equal(session.Mirror.Dump(), fresh.Dump());
    }
}
