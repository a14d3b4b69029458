using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>Tabs, each with a label and content; <see cref="SelectedIndex"/> follows the user without a round trip.</summary>
public class Tabs : Control
{
    private readonly ChildSlot itemsSlot;

    /// <summary>Creates tabs holding <paramref name="tabs"/>.</summary>
    public Tabs(params Tab[] tabs)
    {
        itemsSlot = AddSlot("tabs", single: false);
        Items = new ControlList<Tab>(itemsSlot);
        Items.AddRange(tabs);
    }

    /// <summary>The index of the selected tab; updated by the client.</summary>
    public int SelectedIndex
    {
        get => GetInt("selected_index", 0);
        set => SetInt("selected_index", value, 0);
    }

    /// <summary>The tabs, in order (named Items because a member cannot share the class name).</summary>
    public ControlList<Tab> Items { get; }

    /// <summary>Raised when the user changed the value; the event's Value and the control's own value property already hold it.</summary>
    public Action<ChangeEvent<Tabs, int>>? OnChange
    {
        get => GetHandler<ChangeEvent<Tabs, int>>("change");
        set => SetHandler("change", value);
    }

    internal override string ControlType => "tabs";

    internal override ControlEvent CreateEvent(string eventName, string data) => eventName == "change"
        ? new ChangeEvent<Tabs, int>(this, data, EventData.Int(data, ControlType))
        : base.CreateEvent(eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "change" || base.HasEvent(eventName);

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "selected_index" => PropKind.Int,
        _ => base.WritableKind(prop),
    };
}
