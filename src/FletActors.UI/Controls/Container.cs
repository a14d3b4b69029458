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

    /// <summary>Space inside the border in logical pixels.</summary>
    public double? Padding
    {
        get => GetNumber("padding");
        set => SetNumber("padding", value);
    }

    /// <summary>Space outside the border in logical pixels.</summary>
    public double? Margin
    {
        get => GetNumber("margin");
        set => SetNumber("margin", value);
    }

    /// <summary>Where the content sits: "center", "top_left", "top_center", "top_right", "center_left", "center_right", "bottom_left", "bottom_center", "bottom_right".</summary>
    public string? Alignment
    {
        get => GetString("alignment");
        set => SetString("alignment", value);
    }

    /// <summary>Corner radius in logical pixels.</summary>
    public double? BorderRadius
    {
        get => GetNumber("border_radius");
        set => SetNumber("border_radius", value);
    }

    /// <summary>Border color.</summary>
    public string? BorderColor
    {
        get => GetString("border_color");
        set => SetString("border_color", value);
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
    public Action<ControlEvent>? OnClick
    {
        get => GetHandler("click");
        set => SetHandler("click", value);
    }

    internal override string ControlType => "container";

    internal override bool HasEvent(string eventName) => eventName is "click" || base.HasEvent(eventName);
}
