using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>The round button floating over a view for its primary action; set it with <see cref="Page.FloatingActionButton"/>.</summary>
public class FloatingActionButton : Control
{
    private readonly ChildSlot contentSlot;

    /// <summary>Creates an empty floating action button.</summary>
    public FloatingActionButton()
    {
        contentSlot = AddSlot("content", single: true);
    }

    /// <summary>A label; with one the button becomes an extended button.</summary>
    public string? Text
    {
        get => GetString("text");
        set => SetString("text", value);
    }

    /// <summary>The icon.</summary>
    public IconName? Icon
    {
        get => GetValue<IconName>("icon");
        set => SetValue("icon", value);
    }

    /// <summary>A smaller button.</summary>
    public bool Mini
    {
        get => GetBool("mini", false);
        set => SetBool("mini", value, false);
    }

    /// <summary>Custom content instead of icon and label.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    /// <summary>Raised when the user clicks or taps the control.</summary>
    public Action<ControlEvent<FloatingActionButton>>? OnClick
    {
        get => GetHandler<ControlEvent<FloatingActionButton>>("click");
        set => SetHandler("click", value);
    }

    internal override string ControlType => "floatingactionbutton";

    internal override ControlEvent CreateEvent(string eventName, string data) =>
        new ControlEvent<FloatingActionButton>(this, eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "click" || base.HasEvent(eventName);
}
