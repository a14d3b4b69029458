using System.Collections;

namespace FletActors.UI.Hosting;

/// <summary>
/// A read-only view of a slot's children. Most slots of an idle page are empty (a button's content, a view's app
/// bar), so a slot allocates its list only when it first gets a child and shows an empty list until then.
/// </summary>
internal readonly struct SlotChildren : IReadOnlyList<Control>
{
    // Shared by every empty view and never written: only ChildSlot edits children, and it edits its own list.
    private static readonly List<Control> None = [];

    private readonly List<Control> list;

    public SlotChildren(List<Control>? list) => this.list = list ?? None;

    public int Count => list.Count;

    public Control this[int index] => list[index];

    public int IndexOf(Control control) => list.IndexOf(control);

    /// <summary>The list's own enumerator: no allocation, and an edit during the loop still throws.</summary>
    public List<Control>.Enumerator GetEnumerator() => list.GetEnumerator();

    IEnumerator<Control> IEnumerable<Control>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
