namespace FletActors;

/// <summary>Lays its controls out top to bottom.</summary>
public class Column : LinearLayout
{
    /// <summary>Creates a column holding <paramref name="controls"/>.</summary>
    public Column(params Control[] controls)
        : base(controls)
    {
    }

    /// <summary>Cross axis: "start", "center", "end" or "stretch".</summary>
    public string? HorizontalAlignment
    {
        get => GetString("horizontal_alignment");
        set => SetString("horizontal_alignment", value);
    }

    internal override string ControlType => "column";
}
