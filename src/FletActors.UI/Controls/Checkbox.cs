namespace FletActors;

/// <summary>A check box with an optional label. <see cref="ToggleControl{TSelf}.Value"/> follows the user without a round trip.</summary>
public class Checkbox : ToggleControl<Checkbox>
{
    /// <summary>Creates an unchecked check box without a label.</summary>
    public Checkbox()
        : base(null, false)
    {
    }

    /// <summary>Creates a check box labelled <paramref name="label"/>.</summary>
    public Checkbox(string label, bool value = false)
        : base(label, value)
    {
    }

    internal override string ControlType => "checkbox";
}
