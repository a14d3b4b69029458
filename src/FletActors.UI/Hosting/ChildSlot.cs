namespace FletActors.UI.Hosting;

/// <summary>
/// One named child slot of a control ("controls", "content", "actions" ...): the ordered children the app sees, and
/// while the slot has unsent changes, the children the client still shows (<see cref="Sent"/>). A single-child
/// slot (Container.Content) is the same thing holding at most one child.
/// </summary>
internal sealed class ChildSlot(Control owner, string name, bool single)
{
    // Null until the first child arrives; kept once allocated, so that an edit during an enumeration still throws.
    private List<Control>? items;

    public Control Owner { get; } = owner;

    public string Name { get; } = name;

    public bool Single { get; } = single;

    /// <summary>The children the app sees, in order; edited only through this slot's methods.</summary>
    public SlotChildren Items => new(items);

    /// <summary>The children as the client has them, captured at the first change after a flush; null when unchanged.</summary>
    public List<Control>? Sent { get; set; }

    /// <summary>The client's children as the diff rewrites them op by op (diff-local state).</summary>
    public List<Control>? Simulated { get; set; }

    /// <summary>Where the diff stands in <see cref="Simulated"/> while it reconciles this slot (diff-local state).</summary>
    public int Cursor { get; set; }

    /// <summary>The children the client shows: the captured list while changes are pending, else the live one.</summary>
    public SlotChildren ClientItems => new(Sent ?? items);

    public void Add(Control child) => (items ??= []).Add(child);

    public void Insert(int index, Control child) => (items ??= []).Insert(index, child);

    public void RemoveAt(int index) => (items ?? throw new ArgumentOutOfRangeException(nameof(index))).RemoveAt(index);

    public void Clear() => items?.Clear();

    public override string ToString() => $"{Owner}.{Name}";
}
