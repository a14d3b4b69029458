using FletActors.Protocol.V1;

namespace FletActors.Client;

/// <summary>
/// One control of the client-side mirror: its id, type, key, typed props and ordered children per slot.
/// The mirror changes only when a patch batch is applied; users read it, never write it.
/// </summary>
public sealed class ClientControl
{
    private static readonly IReadOnlyList<ClientControl> NoChildren = [];

    private readonly Dictionary<string, PropValue> props = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ClientControl>> slots = new(StringComparer.Ordinal);

    internal ClientControl(ulong id, string type, string? key)
    {
        Id = id;
        Type = type;
        Key = string.IsNullOrEmpty(key) ? null : key;
    }

    /// <summary>The control's id, unique within the session; the page is 1.</summary>
    public ulong Id { get; }

    /// <summary>The control type from the catalogue: "text", "column", "elevatedbutton" ...</summary>
    public string Type { get; }

    /// <summary>The app's reconciliation key, or null when it has none.</summary>
    public string? Key { get; }

    /// <summary>The parent control, or null for the page root.</summary>
    public ClientControl? Parent { get; private set; }

    /// <summary>The slot of the parent this control sits in, or null for the page root.</summary>
    public string? Slot { get; private set; }

    /// <summary>The props that are set; a prop not present has its default.</summary>
    public IReadOnlyDictionary<string, PropValue> Props => props;

    /// <summary>The names of the slots that hold at least one child.</summary>
    public IReadOnlyCollection<string> SlotNames => slots.Keys;

    /// <summary>The control's text: its "value" string prop, else its "text" string prop, else null.</summary>
    public string? Text => GetString("value") ?? GetString("text");

    /// <summary>The ordered children in a slot; empty when the slot holds none.</summary>
    public IReadOnlyList<ClientControl> Children(string slot) =>
        slots.TryGetValue(slot, out var list) ? list : NoChildren;

    /// <summary>Every child in every slot, slots in ordinal name order, children in slot order.</summary>
    public IEnumerable<ClientControl> AllChildren()
    {
        foreach (var name in slots.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var child in slots[name])
            {
                yield return child;
            }
        }
    }

    /// <summary>Every control below this one, depth first in document order (the control itself excluded).</summary>
    public IEnumerable<ClientControl> Descendants()
    {
        var pending = new Stack<ClientControl>();
        PushChildrenReversed(pending, this);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            yield return next;
            PushChildrenReversed(pending, next);
        }
    }

    /// <summary>The value of a prop, or null when it is not set.</summary>
    public PropValue? GetProp(string name) => props.GetValueOrDefault(name);

    /// <summary>A string prop, or null when it is not set or not a string.</summary>
    public string? GetString(string name) =>
        props.TryGetValue(name, out var v) && v.KindCase == PropValue.KindOneofCase.StringValue ? v.StringValue : null;

    /// <summary>A number prop, or null when it is not set or not a number.</summary>
    public double? GetNumber(string name) =>
        props.TryGetValue(name, out var v) && v.KindCase == PropValue.KindOneofCase.NumberValue ? v.NumberValue : null;

    /// <summary>An int prop, or null when it is not set or not an int.</summary>
    public long? GetInt(string name) =>
        props.TryGetValue(name, out var v) && v.KindCase == PropValue.KindOneofCase.IntValue ? v.IntValue : null;

    /// <summary>A bool prop, or null when it is not set or not a bool.</summary>
    public bool? GetBool(string name) =>
        props.TryGetValue(name, out var v) && v.KindCase == PropValue.KindOneofCase.BoolValue ? v.BoolValue : null;

    /// <summary>A string list prop, or null when it is not set or not a list.</summary>
    public IReadOnlyList<string>? GetStringList(string name) =>
        props.TryGetValue(name, out var v) && v.KindCase == PropValue.KindOneofCase.StringList ? v.StringList.Values : null;

    /// <summary>
    /// A number list prop (a padding, margin or border radius whose sides differ), or null when it is not set or not
    /// a number list.
    /// </summary>
    public IReadOnlyList<double>? GetNumberList(string name) =>
        props.TryGetValue(name, out var v) && v.KindCase == PropValue.KindOneofCase.NumberList ? v.NumberList.Values : null;

    /// <inheritdoc />
    public override string ToString() => $"{Type}#{Id}";

    internal int ChildCount(string slot) => slots.TryGetValue(slot, out var list) ? list.Count : 0;

    internal int IndexInParent()
    {
        if (Parent is null || Slot is null)
        {
            return -1;
        }

        return Parent.slots[Slot].IndexOf(this);
    }

    /// <summary>Sets a prop, or removes it when value is null; returns the previous value for undo.</summary>
    internal PropValue? SetProp(string name, PropValue? value)
    {
        props.TryGetValue(name, out var previous);
        if (value is null)
        {
            props.Remove(name);
        }
        else
        {
            props[name] = value;
        }

        return previous;
    }

    internal void InsertChild(string slot, int index, ClientControl child)
    {
        if (!slots.TryGetValue(slot, out var list))
        {
            list = [];
            slots.Add(slot, list);
        }

        list.Insert(index, child);
        child.Parent = this;
        child.Slot = slot;
    }

    internal void RemoveChildAt(string slot, int index)
    {
        var list = slots[slot];
        var child = list[index];
        list.RemoveAt(index);
        if (list.Count == 0)
        {
            // An empty slot and an absent slot are the same thing; dropping it keeps dumps canonical.
            slots.Remove(slot);
        }

        child.Parent = null;
        child.Slot = null;
    }

    private static void PushChildrenReversed(Stack<ClientControl> stack, ClientControl control)
    {
        foreach (var name in control.slots.Keys.Order(StringComparer.Ordinal).Reverse())
        {
            var list = control.slots[name];
            for (var i = list.Count - 1; i >= 0; i--)
            {
                stack.Push(list[i]);
            }
        }
    }
}
