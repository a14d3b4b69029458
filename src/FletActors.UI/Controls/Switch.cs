namespace FletActors;

/// <summary>An on/off switch with an optional label. <see cref="ToggleControl{TSelf}.Value"/> follows the user without a round trip.</summary>
public class Switch : ToggleControl<Switch>
{
    /// <summary>Creates an unchecked switch without a label.</summary>
    public Switch()
        : base(null, false)
    {
    }

    /// <summary>Creates a switch labelled <paramref name="label"/>.</summary>
    public Switch(string label, bool value = false)
        : base(label, value)
    {
    }

    internal override string ControlType => "switch";
}
