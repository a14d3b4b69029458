using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>Groups the <see cref="Radio"/> buttons inside its content; <see cref="Value"/> is the selected one's value and follows the user without a round trip.</summary>
public class RadioGroup : Control
{
    private readonly ChildSlot contentSlot;

    /// <summary>Creates a radio group around <paramref name="content"/> (typically a Column of Radios).</summary>
    public RadioGroup(Control? content = null)
    {
        contentSlot = AddSlot("content", single: true);
        Content = content;
    }

    /// <summary>The <see cref="Radio.Value"/> of the selected radio; updated by the client.</summary>
    public string? Value
    {
        get => GetString("value");
        set => SetString("value", value);
    }

    /// <summary>The control holding the radios.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    /// <summary>Raised when the user changed the value; the event's Value and the control's own value property already hold it.</summary>
    public Action<ChangeEvent<RadioGroup, string>>? OnChange
    {
        get => GetHandler<ChangeEvent<RadioGroup, string>>("change");
        set => SetHandler("change", value);
    }

    internal override string ControlType => "radiogroup";

    internal override ControlEvent CreateEvent(string eventName, string data) => eventName == "change"
        ? new ChangeEvent<RadioGroup, string>(this, data, data)
        : base.CreateEvent(eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "change" || base.HasEvent(eventName);

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "value" => PropKind.String,
        _ => base.WritableKind(prop),
    };
}
