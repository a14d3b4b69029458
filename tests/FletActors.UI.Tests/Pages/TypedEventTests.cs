using FletActors.UI.Hosting;
using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Pages;

public class TypedEventTests
{
    [Fact]
    public void Change_TextField_HandlerSeesItsControlAndValueWithoutACast()
    {
        var session = new MirroredSession();
        var field = new TextField { Value = "before" };
        (TextField Control, string Value)? seen = null;
        field.OnChange = e => seen = (e.Control, e.Value);
        session.Turn(() => session.Page.Add(field));

        var result = Dispatch(session, field.Id, "change", "after");

        Assert.Equal(EventDispatchResult.Ok, result.Result);
        Assert.Same(field, seen!.Value.Control);
        Assert.Equal("after", seen.Value.Value);
    }

    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData("-3e2", -300)]
    [InlineData("7", 7)]
    public void Change_Slider_ValueParsedAsAnInvariantNumber(string data, double expected)
    {
        var session = new MirroredSession();
        var slider = new Slider { Min = -1000, Max = 1000 };
        double? seen = null;
        slider.OnChange = e => seen = e.Value;
        session.Turn(() => session.Page.Add(slider));

        Dispatch(session, slider.Id, "change", data);

        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("slider", "abc")]
    [InlineData("slider", "NaN")]
    [InlineData("slider", "0,5")]
    [InlineData("checkbox", "yes")]
    [InlineData("checkbox", "True")]
    [InlineData("tabs", "1.5")]
    [InlineData("tabs", "")]
    public void Change_MalformedData_InvalidDataAndTheHandlerNeverRuns(string type, string data)
    {
        var session = new MirroredSession();
        var raised = 0;
        Control control = type switch
        {
            "slider" => new Slider { OnChange = _ => raised++ },
            "checkbox" => new Checkbox("c") { OnChange = _ => raised++ },
            _ => new Tabs(new Tab("a"), new Tab("b")) { OnChange = _ => raised++ },
        };
        session.Turn(() => session.Page.Add(control));

        var (result, invalidData) = Dispatch(session, control.Id, "change", data);

        Assert.Equal(EventDispatchResult.InvalidData, result);
        Assert.Contains($"a change of a {type} carries", invalidData, StringComparison.Ordinal);
        Assert.Equal(0, raised);
    }

    [Fact]
    public void Change_TabsAndCheckbox_TypedValues()
    {
        var session = new MirroredSession();
        var tabs = new Tabs(new Tab("a"), new Tab("b"));
        var checkbox = new Checkbox("c");
        var seen = new List<object>();
        tabs.OnChange = e => seen.Add(e.Value);
        checkbox.OnChange = e => seen.Add(e.Value);
        session.Turn(() => session.Page.Add(tabs, checkbox));

        Dispatch(session, tabs.Id, "change", "1");
        Dispatch(session, checkbox.Id, "change", "true");

        Assert.Equal([1, true], seen);
    }

    [Fact]
    public void Click_Button_EventTypedByTheButton()
    {
        var session = new MirroredSession();
        var button = new ElevatedButton("Go");
        ElevatedButton? clicked = null;
        button.OnClick = e => clicked = e.Control;
        session.Turn(() => session.Page.Add(button));

        Dispatch(session, button.Id, "click", string.Empty);

        Assert.Same(button, clicked);
    }

    [Fact]
    public void Hover_Container_EnterThenLeaveTypedByTheContainer()
    {
        var session = new MirroredSession();
        var box = new Container();
        var seen = new List<(Container, bool)>();
        box.OnHover = e => seen.Add((e.Control, e.IsHovering));
        session.Turn(() => session.Page.Add(box));

        Dispatch(session, box.Id, "hover", "true");
        Dispatch(session, box.Id, "hover", "false");

        Assert.Equal([(box, true), (box, false)], seen);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("")]
    public void Hover_MalformedData_InvalidDataAndTheHandlerNeverRuns(string data)
    {
        var session = new MirroredSession();
        var raised = 0;
        var box = new Container { OnHover = _ => raised++ };
        session.Turn(() => session.Page.Add(box));

        var (result, invalidData) = Dispatch(session, box.Id, "hover", data);

        Assert.Equal(EventDispatchResult.InvalidData, result);
        Assert.Contains("a hover of a container carries true or false", invalidData, StringComparison.Ordinal);
        Assert.Equal(0, raised);
    }

    [Fact]
    public void LongPress_Container_RaisesOnlyItsOwnHandler()
    {
        var session = new MirroredSession();
        var raised = new List<string>();
        var box = new Container { OnClick = e => raised.Add(e.Name), OnLongPress = e => raised.Add(e.Name) };
        var plain = new Container();
        session.Turn(() => session.Page.Add(box, plain));

        var results = (Dispatch(session, box.Id, "long_press", string.Empty).Result, Dispatch(session, plain.Id, "long_press", string.Empty).Result);

        Assert.Equal((EventDispatchResult.Ok, EventDispatchResult.NoHandler), results);
        Assert.Equal(["long_press"], raised);
        Assert.Equal(EventDispatchResult.UnknownEvent, Dispatch(session, box.Id, "drag", string.Empty).Result);
    }

    [Fact]
    public void Handler_ReadBack_IsTheDelegateSet()
    {
        Action<ChangeEvent<Slider, double>> handler = _ => { };
        var slider = new Slider { OnChange = handler };

        Assert.Same(handler, slider.OnChange);
        Assert.Null(slider.OnFocus);
    }

    [Theory]
    [InlineData(double.NaN, 600)]
    [InlineData(800, double.PositiveInfinity)]
    [InlineData(-1, 600)]
    public void Resize_NotASize_RefusedAndNothingRaised(double width, double height)
    {
        var session = new MirroredSession();
        var raised = 0;
        session.Turn(() => session.Page.OnResize = _ => raised++);
        session.Turn(() => session.Page.HandleResize(640, 480));

        var accepted = true;
        session.Turn(() => accepted = session.Page.HandleResize(width, height));

        Assert.False(accepted);
        Assert.Equal((640d, 480d, 1), (session.Page.Window.Width, session.Page.Window.Height, raised));
    }

    private static (EventDispatchResult Result, string? InvalidData) Dispatch(MirroredSession session, ulong id, string name, string data)
    {
        EventDispatchResult result = default;
        string? invalidData = null;
        session.Turn(() => result = session.Page.DispatchEvent(id, name, data, out invalidData));
        return (result, invalidData);
    }
}
