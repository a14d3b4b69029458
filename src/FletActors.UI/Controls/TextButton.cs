namespace FletActors;

/// <summary>A flat button without outline, for less prominent actions.</summary>
public class TextButton : ButtonBase<TextButton>
{
    /// <summary>Creates a button without a label.</summary>
    public TextButton()
        : base(null)
    {
    }

    /// <summary>Creates a button labelled <paramref name="text"/>.</summary>
    public TextButton(string text)
        : base(text)
    {
    }

    internal override string ControlType => "textbutton";
}
