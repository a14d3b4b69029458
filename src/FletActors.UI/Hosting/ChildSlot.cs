namespace FletActors.UI.Hosting;

/// <summary>
/// One named child slot of a control ("controls", "content", "actions" ...): the ordered children the app sees, and
/// while the slot has unsent changes, the children the client still shows (<see cref="Sent"/>). A single-child
/// slot (Container.Content) is the same thing holding at most one child.
/// </summary>
internal sealed class ChildSlot(Control owner, string name, bool single)
{
    public Control Owner { get; } = owner;

    public string Name { get; } = name;

    public bool Single { get; } = single;

    public List<Control> Items { get; } = [];

    /// <summary>The children as the client has them, captured at the first change after a flush; null when unchanged.</summary>
    public List<Control>? Sent { get; set; }

    /// <summary>The client's children as the diff rewrites them op by op (diff-local state).</summary>
    public List<Control>? Simulated { get; set; }

    /// <summary>Where the diff stands in <see cref="Simulated"/> while it reconciles this slot (diff-local state).</summary>
    public int Cursor { get; set; }

    /// <summary>The children the client shows: the captured list while changes are pending, else the live one.</summary>
    public List<Control> ClientItems => Sent ?? Items;

    public override string ToString() => $"{Owner}.{Name}";
}
