using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>What the text buttons share (<see cref="ElevatedButton"/>, <see cref="OutlinedButton"/>, <see cref="TextButton"/>, <see cref="FilledButton"/>): a label, an icon, custom content and click/focus/blur events.</summary>
public abstract class ButtonBase : Control
{
    private readonly ChildSlot contentSlot;

    private protected ButtonBase(string? text)
    {
        contentSlot = AddSlot("content", single: true);
        Text = text;
    }

    /// <summary>The label.</summary>
    public string? Text
    {
        get => GetString("text");
        set => SetString("text", value);
    }

    /// <summary>A Material icon name shown before the label.</summary>
    public string? Icon
    {
        get => GetString("icon");
        set => SetString("icon", value);
    }

    /// <summary>Color of the icon.</summary>
    public string? IconColor
    {
        get => GetString("icon_color");
        set => SetString("icon_color", value);
    }

    /// <summary>Color of the label.</summary>
    public string? Color
    {
        get => GetString("color");
        set => SetString("color", value);
    }

    /// <summary>Custom content shown instead of the label.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    /// <summary>Raised when the user clicks or taps the control.</summary>
    public Action<ControlEvent>? OnClick
    {
        get => GetHandler("click");
        set => SetHandler("click", value);
    }

    /// <summary>Raised when the control receives input focus.</summary>
    public Action<ControlEvent>? OnFocus
    {
        get => GetHandler("focus");
        set => SetHandler("focus", value);
    }

    /// <summary>Raised when the control loses input focus.</summary>
    public Action<ControlEvent>? OnBlur
    {
        get => GetHandler("blur");
        set => SetHandler("blur", value);
    }

    internal override bool HasEvent(string eventName) => eventName is "click" or "focus" or "blur" || base.HasEvent(eventName);
}
