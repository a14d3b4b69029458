namespace FletActors;

/// <summary>A button with an outline and no fill.</summary>
public class OutlinedButton : ButtonBase<OutlinedButton>
{
    /// <summary>Creates a button without a label.</summary>
    public OutlinedButton()
        : base(null)
    {
    }

    /// <summary>Creates a button labelled <paramref name="text"/>.</summary>
    public OutlinedButton(string text)
        : base(text)
    {
    }

    internal override string ControlType => "outlinedbutton";
}
