using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>A panel with rounded corners and a shadow around one control.</summary>
public class Card : Control
{
    private readonly ChildSlot contentSlot;

    /// <summary>Creates a card around <paramref name="content"/>.</summary>
    public Card(Control? content = null)
    {
        contentSlot = AddSlot("content", single: true);
        Content = content;
    }

    /// <summary>Height of the shadow.</summary>
    public double? Elevation
    {
        get => GetNumber("elevation");
        set => SetNumber("elevation", value);
    }

    /// <summary>Background color of the card.</summary>
    public Color? Color
    {
        get => GetValue<Color>("color");
        set => SetValue("color", value);
    }

    /// <summary>The card's content.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    internal override string ControlType => "card";
}
