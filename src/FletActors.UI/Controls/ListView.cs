using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>A scrolling list of controls, efficient for long lists.</summary>
public class ListView : Control
{
    private readonly ChildSlot controlsSlot;

    /// <summary>Creates a listview holding <paramref name="controls"/>.</summary>
    public ListView(params Control[] controls)
    {
        controlsSlot = AddSlot("controls", single: false);
        Controls = new ControlList<Control>(controlsSlot);
        Controls.AddRange(controls);
    }

    /// <summary>Space between items in logical pixels.</summary>
    public double? Spacing
    {
        get => GetNumber("spacing");
        set => SetNumber("spacing", value);
    }

    /// <summary>Padding around the items in logical pixels.</summary>
    public Padding? Padding
    {
        get => GetValue<Padding>("padding");
        set => SetValue("padding", value);
    }

    /// <summary>Scrolls left to right instead of top to bottom.</summary>
    public bool Horizontal
    {
        get => GetBool("horizontal", false);
        set => SetBool("horizontal", value, false);
    }

    /// <summary>Scrolls to the end whenever items are added.</summary>
    public bool AutoScroll
    {
        get => GetBool("auto_scroll", false);
        set => SetBool("auto_scroll", value, false);
    }

    /// <summary>The items.</summary>
    public ControlList<Control> Controls { get; }

    internal override string ControlType => "listview";
}
