namespace FletActors;

/// <summary>A button filled with the primary color, for the most prominent action.</summary>
public class FilledButton : ButtonBase<FilledButton>
{
    /// <summary>Creates a button without a label.</summary>
    public FilledButton()
        : base(null)
    {
    }

    /// <summary>Creates a button labelled <paramref name="text"/>.</summary>
    public FilledButton(string text)
        : base(text)
    {
    }

    internal override string ControlType => "filledbutton";
}
