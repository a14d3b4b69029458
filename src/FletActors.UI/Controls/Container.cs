using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>Decorates and positions a single control: padding, margin, alignment, background, border, clicks.</summary>
public class Container : Control
{
    private readonly ChildSlot contentSlot;

    /// <summary>Creates a container around <paramref name="content"/>.</summary>
    public Container(Control? content = null)
    {
        contentSlot = AddSlot("content", single: true);
        Content = content;
    }

    /// <summary>Space inside the border; the catalogue carries one number, so all sides must be equal.</summary>
    public Padding? Padding
    {
        get => GetValue<Padding>("padding");
        set => SetValue("padding", value);
    }

    /// <summary>Space outside the border; the catalogue carries one number, so all sides must be equal.</summary>
    public Margin? Margin
    {
        get => GetValue<Margin>("margin");
        set => SetValue("margin", value);
    }

    /// <summary>Where the content sits inside the container.</summary>
    public Alignment? Alignment
    {
        get => GetValue<Alignment>("alignment");
        set => SetValue("alignment", value);
    }

    /// <summary>Corner radius; the catalogue carries one number, so all corners must be equal.</summary>
    public BorderRadius? BorderRadius
    {
        get => GetValue<BorderRadius>("border_radius");
        set => SetValue("border_radius", value);
    }

    /// <summary>Border color.</summary>
    public Color? BorderColor
    {
        get => GetValue<Color>("border_color");
        set => SetValue("border_color", value);
    }

    /// <summary>Border width in logical pixels.</summary>
    public double? BorderWidth
    {
        get => GetNumber("border_width");
        set => SetNumber("border_width", value);
    }

    /// <summary>Shows a ripple when clicked.</summary>
    public bool Ink
    {
        get => GetBool("ink", false);
        set => SetBool("ink", value, false);
    }

    /// <summary>The decorated control.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    /// <summary>Raised when the user clicks or taps the control.</summary>
    public Action<ControlEvent<Container>>? OnClick
    {
        get => GetHandler<ControlEvent<Container>>("click");
        set => SetHandler("click", value);
    }

    /// <summary>Raised when the pointer enters the control and again when it leaves.</summary>
    public Action<HoverEvent<Container>>? OnHover
    {
        get => GetHandler<HoverEvent<Container>>("hover");
        set => SetHandler("hover", value);
    }

    /// <summary>Raised when the user presses the control and holds it; the click that would follow is not raised.</summary>
    public Action<ControlEvent<Container>>? OnLongPress
    {
        get => GetHandler<ControlEvent<Container>>("long_press");
        set => SetHandler("long_press", value);
    }

    internal override string ControlType => "container";

    internal override ControlEvent CreateEvent(string eventName, string data) => eventName == "hover"
        ? new HoverEvent<Container>(this, data, EventData.Bool(data, ControlType, eventName))
        : new ControlEvent<Container>(this, eventName, data);

    internal override bool HasEvent(string eventName) =>
        eventName is "click" or "hover" or "long_press" || base.HasEvent(eventName);
}
