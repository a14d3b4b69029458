using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>A scrolling grid of controls.</summary>
public class GridView : Control
{
    private readonly ChildSlot controlsSlot;

    /// <summary>Creates a gridview holding <paramref name="controls"/>.</summary>
    public GridView(params Control[] controls)
    {
        controlsSlot = AddSlot("controls", single: false);
        Controls = new ControlList<Control>(controlsSlot);
        Controls.AddRange(controls);
    }

    /// <summary>The number of columns (or rows when horizontal).</summary>
    public int? RunsCount
    {
        get => GetInt("runs_count");
        set => SetInt("runs_count", value);
    }

    /// <summary>The largest extent of an item; the grid fits as many as it can.</summary>
    public double? MaxExtent
    {
        get => GetNumber("max_extent");
        set => SetNumber("max_extent", value);
    }

    /// <summary>Space between items along the main axis.</summary>
    public double? Spacing
    {
        get => GetNumber("spacing");
        set => SetNumber("spacing", value);
    }

    /// <summary>Space between runs.</summary>
    public double? RunSpacing
    {
        get => GetNumber("run_spacing");
        set => SetNumber("run_spacing", value);
    }

    /// <summary>Width to height ratio of each item.</summary>
    public double? ChildAspectRatio
    {
        get => GetNumber("child_aspect_ratio");
        set => SetNumber("child_aspect_ratio", value);
    }

    /// <summary>Padding around the grid in logical pixels.</summary>
    public Padding? Padding
    {
        get => GetValue<Padding>("padding");
        set => SetValue("padding", value);
    }

    /// <summary>The items.</summary>
    public ControlList<Control> Controls { get; }

    internal override string ControlType => "gridview";
}
