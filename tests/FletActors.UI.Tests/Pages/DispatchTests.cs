using FletActors.UI.Hosting;
using FletActors.UI.Patching;
using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Pages;

public class DispatchTests
{
    [Fact]
    public void DispatchEvent_Click_RunsHandlerWithControlNameAndData()
    {
        var session = new MirroredSession();
        var button = new ElevatedButton("Go");
        ControlEvent? seen = null;
        session.Turn(() =>
        {
            button.OnClick = e => seen = e;
            session.Page.Add(button);
        });

        var result = Dispatch(session, button.Id, "click", "payload");

        Assert.Equal(EventDispatchResult.Ok, result);
        Assert.Same(button, seen!.Control);
        Assert.Equal(("click", "payload"), (seen.Name, seen.Data));
        Assert.Same(session.Page, seen.Page);
    }

    [Fact]
    public void Handler_SetAndCleared_SendsOnEventPropAndItsReset()
    {
        var session = new MirroredSession();
        var button = new IconButton(Icons.Add);
        session.Turn(() => session.Page.Add(button));

        var set = session.Turn(() => button.OnClick = _ => { });
        var cleared = session.Turn(() => button.OnClick = null);

        Assert.Equal(new Prop("on_click", PropValue.True), Assert.Single(Assert.IsType<SetProps>(Assert.Single(set)).Props));
        Assert.Equal(new Prop("on_click", null), Assert.Single(Assert.IsType<SetProps>(Assert.Single(cleared)).Props));
    }

    [Fact]
    public void DispatchEvent_UnknownId_UnknownControlAndNothingChanges()
    {
        var session = new MirroredSession();
        session.Turn(() => session.Page.Add(new Text("a")));

        Assert.Equal(EventDispatchResult.UnknownControl, Dispatch(session, 999, "click", string.Empty));
        Assert.Empty(session.Host.TakeOps());
    }

    [Fact]
    public void DispatchEvent_RemovedControl_UnknownControlEvenBeforeFlush()
    {
        var session = new MirroredSession();
        var clicks = 0;
        var button = new TextButton("x") { OnClick = _ => clicks++ };
        session.Turn(() => session.Page.Add(button));
        var id = button.Id;

        EventDispatchResult beforeFlush = default;
        session.Turn(() =>
        {
            session.Page.Remove(button);
            beforeFlush = session.Page.DispatchEvent(id, "click", string.Empty);
        });
        var afterFlush = Dispatch(session, id, "click", string.Empty);

        Assert.Equal((EventDispatchResult.UnknownControl, EventDispatchResult.UnknownControl), (beforeFlush, afterFlush));
        Assert.Equal(0, clicks);
    }

    [Fact]
    public void DispatchEvent_EventTheControlLacks_UnknownEvent()
    {
        var session = new MirroredSession();
        var text = new Text("a");
        session.Turn(() => session.Page.Add(text));

        Assert.Equal(EventDispatchResult.UnknownEvent, Dispatch(session, text.Id, "click", string.Empty));
    }

    [Fact]
    public void DispatchEvent_NoHandlerSet_NoHandler()
    {
        var session = new MirroredSession();
        var field = new TextField();
        session.Turn(() => session.Page.Add(field));

        Assert.Equal(EventDispatchResult.NoHandler, Dispatch(session, field.Id, "submit", string.Empty));
    }

    [Fact]
    public void DispatchEvent_DisabledAncestor_HandlerNotRun()
    {
        var session = new MirroredSession();
        var clicks = 0;
        var button = new FilledButton("x") { OnClick = _ => clicks++ };
        session.Turn(() => session.Page.Add(new Column(button) { Disabled = true }));

        Assert.Equal(EventDispatchResult.Disabled, Dispatch(session, button.Id, "click", string.Empty));
        Assert.Equal(0, clicks);
    }

    [Fact]
    public void DispatchEvent_HandlerThrows_ExceptionPropagatesToCaller()
    {
        var session = new MirroredSession();
        var button = new OutlinedButton("x") { OnClick = _ => throw new InvalidOperationException("handler bug") };
        session.Turn(() => session.Page.Add(button));

        var error = Assert.Throws<TurnFailedException>(() => Dispatch(session, button.Id, "click", string.Empty));

        Assert.Equal("handler bug", error.InnerException!.Message);
    }

    [Fact]
    public void WriteBack_ThenChangeEvent_HandlerSeesValueAndNothingIsEchoed()
    {
        var session = new MirroredSession();
        var checkbox = new Checkbox("agree");
        bool? seen = null;
        checkbox.OnChange = e => seen = e.Control.Value;
        session.Turn(() => session.Page.Add(checkbox));

        session.Host.Turn(() =>
        {
            Assert.Equal(WriteBackResult.Ok, session.Page.ApplyWriteBack(checkbox.Id, "value", PropValue.True));
            session.Page.DispatchEvent(checkbox.Id, "change", "true");
        });

        Assert.True(seen);
        Assert.Empty(session.Host.TakeOps());
    }

    [Theory]
    [InlineData("slider", "value", 0.5)]
    [InlineData("tabs", "selected_index", 2L)]
    [InlineData("switch", "value", true)]
    [InlineData("dropdown", "value", "b")]
    [InlineData("radiogroup", "value", "r2")]
    [InlineData("snackbar", "open", false)]
    public void WriteBack_EveryWritableControl_TakenWithoutEcho(string type, string prop, object value)
    {
        var session = new MirroredSession();
        Control control = type switch
        {
            "slider" => new Slider(),
            "tabs" => new Tabs(new Tab("a"), new Tab("b"), new Tab("c")),
            "switch" => new Switch("s"),
            "dropdown" => new Dropdown(new DropdownOption("a"), new DropdownOption("b")),
            "radiogroup" => new RadioGroup(new Column(new Radio("r1"), new Radio("r2"))),
            _ => new SnackBar(new Text("hi")) { Open = true },
        };
        session.Turn(() => session.Page.Add(control));
        var propValue = value switch
        {
            double d => PropValue.Number(d),
            long l => PropValue.Int(l),
            bool b => PropValue.Bool(b),
            _ => PropValue.String((string)value),
        };

        session.Host.Turn(() => Assert.Equal(WriteBackResult.Ok, session.Page.ApplyWriteBack(control.Id, prop, propValue)));

        Assert.Empty(session.Host.TakeOps());
        Assert.Equal(propValue, control.GetProp(prop));
    }

    [Fact]
    public void WriteBack_WrongKind_WrongTypeAndUnchanged()
    {
        var session = new MirroredSession();
        var slider = new Slider { Value = 0.25 };
        session.Turn(() => session.Page.Add(slider));

        WriteBackResult result = default;
        session.Host.Turn(() => result = session.Page.ApplyWriteBack(slider.Id, "value", PropValue.String("high")));

        Assert.Equal(WriteBackResult.WrongType, result);
        Assert.Equal(0.25, slider.Value);
        Assert.Empty(session.Host.TakeOps());
    }

    [Fact]
    public void WriteBack_PropNotWritable_NotWritableAndUnchanged()
    {
        var session = new MirroredSession();
        var field = new TextField { Label = "Name" };
        session.Turn(() => session.Page.Add(field));

        WriteBackResult result = default;
        session.Host.Turn(() => result = session.Page.ApplyWriteBack(field.Id, "label", PropValue.String("hacked")));

        Assert.Equal(WriteBackResult.NotWritable, result);
        Assert.Equal("Name", field.Label);
    }

    [Fact]
    public void WriteBack_UnknownControl_UnknownControl()
    {
        var session = new MirroredSession();

        WriteBackResult result = default;
        session.Host.Turn(() => result = session.Page.ApplyWriteBack(77, "value", PropValue.String("x")));

        Assert.Equal(WriteBackResult.UnknownControl, result);
    }

    private static EventDispatchResult Dispatch(MirroredSession session, ulong id, string name, string data)
    {
        EventDispatchResult result = default;
        session.Turn(() => result = session.Page.DispatchEvent(id, name, data));
        return result;
    }
}
