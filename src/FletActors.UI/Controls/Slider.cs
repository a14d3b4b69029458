using FletActors.UI.Patching;

namespace FletActors;

/// <summary>Picks a number from a range by dragging. <see cref="Value"/> follows the user without a round trip.</summary>
public class Slider : InputControl<Slider, double>
{
    /// <summary>Creates a slider from 0 to 1.</summary>
    public Slider()
    {
    }

    /// <summary>The selected number; updated by the client.</summary>
    public double Value
    {
        get => GetNumber("value", 0);
        set => SetNumber("value", value, 0);
    }

    /// <summary>The smallest value (default 0).</summary>
    public double Min
    {
        get => GetNumber("min", 0);
        set => SetNumber("min", value, 0);
    }

    /// <summary>The largest value (default 1).</summary>
    public double Max
    {
        get => GetNumber("max", 1);
        set => SetNumber("max", value, 1);
    }

    /// <summary>The number of discrete steps; null for a continuous slider.</summary>
    public int? Divisions
    {
        get => GetInt("divisions");
        set => SetInt("divisions", value);
    }

    /// <summary>The label shown above the thumb while dragging; "{value}" is replaced by the value.</summary>
    public string? Label
    {
        get => GetString("label");
        set => SetString("label", value);
    }

    internal override string ControlType => "slider";

    private protected override double ParseChange(string data) => EventData.Number(data, ControlType);

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "value" => PropKind.Number,
        _ => base.WritableKind(prop),
    };
}
