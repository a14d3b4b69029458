namespace FletActors;

/// <summary>Lays its controls out left to right.</summary>
public class Row : LinearLayout
{
    /// <summary>Creates a row holding <paramref name="controls"/>.</summary>
    public Row(params Control[] controls)
        : base(controls)
    {
    }

    /// <summary>Cross axis: "start", "center", "end" or "stretch".</summary>
    public string? VerticalAlignment
    {
        get => GetString("vertical_alignment");
        set => SetString("vertical_alignment", value);
    }

    internal override string ControlType => "row";
}
