namespace FletActors;

/// <summary>Lays its controls out left to right.</summary>
public class Row : LinearLayout
{
    /// <summary>Creates a row holding <paramref name="controls"/>.</summary>
    public Row(params Control[] controls)
        : base(controls)
    {
    }

    /// <summary>How the controls line up across the row (vertically).</summary>
    public CrossAxisAlignment? VerticalAlignment
    {
        get => GetEnum<CrossAxisAlignment>("vertical_alignment");
        set => SetEnum("vertical_alignment", value);
    }

    internal override string ControlType => "row";
}
