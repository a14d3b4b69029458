using FletActors.UI.Hosting;
using FletActors.UI.Patching;
using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Pages;

public class KeyboardEventTests
{
    [Fact]
    public void HandleKeyboard_HandlerSet_SeesKeyModifiersAndThePage()
    {
        var session = new MirroredSession();
        KeyboardEvent? seen = null;
        session.Turn(() => session.Page.OnKeyboardEvent = e => seen = e);

        session.Turn(() => session.Page.HandleKeyboard("Arrow Down", shift: true, ctrl: false, alt: true, meta: false));

        Assert.NotNull(seen);
        Assert.Equal(("Arrow Down", true, false, true, false), (seen.Key, seen.Shift, seen.Ctrl, seen.Alt, seen.Meta));
        Assert.Equal(("keyboard_event", "Arrow Down"), (seen.Name, seen.Data));
        Assert.Same(session.Page, seen.Control);
    }

    [Fact]
    public void OnKeyboardEvent_SetAndCleared_TellsTheClientWhetherToSendKeys()
    {
        var session = new MirroredSession();
        session.Turn(() => session.Page.Add(new Text("keys")));

        var set = session.Turn(() => session.Page.OnKeyboardEvent = _ => { });
        var sentWhileSet = session.Mirror.Dump();
        var cleared = session.Turn(() => session.Page.OnKeyboardEvent = null);

        Assert.Equal(new Prop("on_keyboard_event", PropValue.True), Assert.Single(Assert.IsType<SetProps>(Assert.Single(set)).Props));
        Assert.Contains("on_keyboard_event", sentWhileSet, StringComparison.Ordinal);
        Assert.Equal(new Prop("on_keyboard_event", null), Assert.Single(Assert.IsType<SetProps>(Assert.Single(cleared)).Props));
        Assert.Null(session.Page.OnKeyboardEvent);
    }

    [Fact]
    public void HandleKeyboard_NoHandler_NothingRaisedAndNothingSent()
    {
        var session = new MirroredSession();
        var raised = 0;
        session.Turn(() => session.Page.Add(new Text("keys")));
        session.Turn(() => session.Page.OnKeyboardEvent = _ => raised++);
        session.Turn(() => session.Page.OnKeyboardEvent = null);

        var ops = session.Turn(() => session.Page.HandleKeyboard("A", shift: false, ctrl: false, alt: false, meta: false));

        Assert.Equal(0, raised);
        Assert.Empty(ops);
    }

    [Fact]
    public void KeyboardEvent_AsAControlEventToThePage_UnknownEvent()
    {
        // Key presses travel only as PageEvent.Keyboard; the page has no control event of that name.
        var session = new MirroredSession();
        session.Turn(() => session.Page.OnKeyboardEvent = _ => { });

        var result = EventDispatchResult.Ok;
        session.Turn(() => result = session.Page.DispatchEvent(session.Page.Id, "keyboard_event", "A"));

        Assert.Equal(EventDispatchResult.UnknownEvent, result);
    }

    [Fact]
    public void HandleKeyboard_HandlerChangesAControl_ChangeLeavesWithTheTurn()
    {
        var session = new MirroredSession();
        var last = new Text("none");
        session.Turn(() =>
        {
            session.Page.Add(last);
            session.Page.OnKeyboardEvent = e => last.Value = $"{e.Key} ctrl={e.Ctrl}";
        });

        var ops = session.Turn(() => session.Page.HandleKeyboard("F1", shift: false, ctrl: true, alt: false, meta: false));

        Assert.Equal(new Prop("value", PropValue.String("F1 ctrl=True")), Assert.Single(Assert.IsType<SetProps>(Assert.Single(ops)).Props));
    }
}
