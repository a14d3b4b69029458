using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>Lays its controls out top to bottom.</summary>
public class Column : Control
{
    private readonly ChildSlot controlsSlot;

    /// <summary>Creates a column holding <paramref name="controls"/>.</summary>
    public Column(params Control[] controls)
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
    public string? HorizontalAlignment
    {
        get => GetString("horizontal_alignment");
        set => SetString("horizontal_alignment", value);
    }

    /// <summary>"auto", "always" or "hidden"; null does not scroll.</summary>
    public string? Scroll
    {
        get => GetString("scroll");
        set => SetString("scroll", value);
    }

    /// <summary>Wraps the controls into more columns when they do not fit.</summary>
    public bool Wrap
    {
        get => GetBool("wrap", false);
        set => SetBool("wrap", value, false);
    }

    /// <summary>The controls, top to bottom.</summary>
    public ControlList<Control> Controls { get; }

    internal override string ControlType => "column";
}
