namespace FletActors;

/// <summary>Lays its controls out top to bottom.</summary>
public class Column : LinearLayout
{
    /// <summary>Creates a column holding <paramref name="controls"/>.</summary>
    public Column(params Control[] controls)
        : base(controls)
    {
    }

    /// <summary>How the controls line up across the column (horizontally).</summary>
    public CrossAxisAlignment? HorizontalAlignment
    {
        get => GetEnum<CrossAxisAlignment>("horizontal_alignment");
        set => SetEnum("horizontal_alignment", value);
    }

    internal override string ControlType => "column";
}
