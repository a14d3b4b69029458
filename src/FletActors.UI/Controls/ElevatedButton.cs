namespace FletActors;

/// <summary>A raised button with a shadow.</summary>
public class ElevatedButton : ButtonBase<ElevatedButton>
{
    /// <summary>Creates a button without a label.</summary>
    public ElevatedButton()
        : base(null)
    {
    }

    /// <summary>Creates a button labelled <paramref name="text"/>.</summary>
    public ElevatedButton(string text)
        : base(text)
    {
    }

    internal override string ControlType => "elevatedbutton";
}
