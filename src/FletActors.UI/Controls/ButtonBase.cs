using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>What the text buttons share (<see cref="ElevatedButton"/>, <see cref="OutlinedButton"/>, <see cref="TextButton"/>, <see cref="FilledButton"/>): a label, an icon, custom content and click/focus/blur events.</summary>
/// <typeparam name="TSelf">The button type itself, so handlers receive it without a cast.</typeparam>
public abstract class ButtonBase<TSelf> : Control
    where TSelf : ButtonBase<TSelf>
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

    /// <summary>An icon shown before the label.</summary>
    public IconName? Icon
    {
        get => GetValue<IconName>("icon");
        set => SetValue("icon", value);
    }

    /// <summary>Color of the icon.</summary>
    public Color? IconColor
    {
        get => GetValue<Color>("icon_color");
        set => SetValue("icon_color", value);
    }

    /// <summary>Color of the label.</summary>
    public Color? Color
    {
        get => GetValue<Color>("color");
        set => SetValue("color", value);
    }

    /// <summary>Custom content shown instead of the label.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    /// <summary>Raised when the user clicks or taps the control.</summary>
    public Action<ControlEvent<TSelf>>? OnClick
    {
        get => GetHandler<ControlEvent<TSelf>>("click");
        set => SetHandler("click", value);
    }

    /// <summary>Raised when the control receives input focus.</summary>
    public Action<ControlEvent<TSelf>>? OnFocus
    {
        get => GetHandler<ControlEvent<TSelf>>("focus");
        set => SetHandler("focus", value);
    }

    /// <summary>Raised when the control loses input focus.</summary>
    public Action<ControlEvent<TSelf>>? OnBlur
    {
        get => GetHandler<ControlEvent<TSelf>>("blur");
        set => SetHandler("blur", value);
    }

    internal override ControlEvent CreateEvent(string eventName, string data) =>
        new ControlEvent<TSelf>((TSelf)this, eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "click" or "focus" or "blur" || base.HasEvent(eventName);
}
