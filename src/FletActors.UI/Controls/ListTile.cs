using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>A row of a list: leading icon, title, subtitle and trailing control.</summary>
public class ListTile : Control
{
    private readonly ChildSlot leadingSlot;
    private readonly ChildSlot titleSlot;
    private readonly ChildSlot subtitleSlot;
    private readonly ChildSlot trailingSlot;

    /// <summary>Creates an empty list tile.</summary>
    public ListTile()
    {
        leadingSlot = AddSlot("leading", single: true);
        titleSlot = AddSlot("title", single: true);
        subtitleSlot = AddSlot("subtitle", single: true);
        trailingSlot = AddSlot("trailing", single: true);
    }

    /// <summary>Shows the tile as selected.</summary>
    public bool Selected
    {
        get => GetBool("selected", false);
        set => SetBool("selected", value, false);
    }

    /// <summary>A more compact tile.</summary>
    public bool Dense
    {
        get => GetBool("dense", false);
        set => SetBool("dense", value, false);
    }

    /// <summary>The control before the title.</summary>
    public Control? Leading
    {
        get => (Control?)GetSingleChild(leadingSlot);
        set => SetSingleChild(leadingSlot, value);
    }

    /// <summary>The main text.</summary>
    public Control? Title
    {
        get => (Control?)GetSingleChild(titleSlot);
        set => SetSingleChild(titleSlot, value);
    }

    /// <summary>Text below the title.</summary>
    public Control? Subtitle
    {
        get => (Control?)GetSingleChild(subtitleSlot);
        set => SetSingleChild(subtitleSlot, value);
    }

    /// <summary>The control after the title.</summary>
    public Control? Trailing
    {
        get => (Control?)GetSingleChild(trailingSlot);
        set => SetSingleChild(trailingSlot, value);
    }

    /// <summary>Raised when the user clicks or taps the control.</summary>
    public Action<ControlEvent<ListTile>>? OnClick
    {
        get => GetHandler<ControlEvent<ListTile>>("click");
        set => SetHandler("click", value);
    }

    internal override string ControlType => "listtile";

    internal override ControlEvent CreateEvent(string eventName, string data) =>
        new ControlEvent<ListTile>(this, eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "click" || base.HasEvent(eventName);
}
