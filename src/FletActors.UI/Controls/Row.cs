using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>Lays its controls out left to right.</summary>
public class Row : Control
{
    private readonly ChildSlot controlsSlot;

    /// <summary>Creates a row holding <paramref name="controls"/>.</summary>
    public Row(params Control[] controls)
    {
        controlsSlot = AddSlot("controls", single: false);
        Controls = new ControlList<Control>(controlsSlot);
        Controls.AddRange(controls);
    }

    /// <summary>Space between controls in logical pixels (default 10).</summary>
    public double Spacing
    {
        get => GetNumber("spacing", 10);
        set => SetNumber("spacing", value, 10);
    }

    /// <summary>Main axis: "start", "center", "end", "space_between", "space_around" or "space_evenly".</summary>
    public string? Alignment
    {
        get => GetString("alignment");
        set => SetString("alignment", value);
    }

    /// <summary>Cross axis: "start", "center", "end" or "stretch".</summary>
    public string? VerticalAlignment
    {
        get => GetString("vertical_alignment");
        set => SetString("vertical_alignment", value);
    }

    /// <summary>"auto", "always" or "hidden"; null does not scroll.</summary>
    public string? Scroll
    {
        get => GetString("scroll");
        set => SetString("scroll", value);
    }

    /// <summary>Wraps the controls into more rows when they do not fit.</summary>
    public bool Wrap
    {
        get => GetBool("wrap", false);
        set => SetBool("wrap", value, false);
    }

    /// <summary>The controls, left to right.</summary>
    public ControlList<Control> Controls { get; }

    internal override string ControlType => "row";
}
