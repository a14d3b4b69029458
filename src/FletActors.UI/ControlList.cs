using System.Collections;
using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>
/// The children of a control in one slot, e.g. <c>Column.Controls</c>. A mutable list that records its changes so
/// the next update sends only what changed. Adding a control that already sits elsewhere moves it here.
/// </summary>
/// <typeparam name="T">The kind of control the slot accepts.</typeparam>
public sealed class ControlList<T> : IList<T>, IReadOnlyList<T>
    where T : Control
{
    private readonly ChildSlot slot;

    internal ControlList(ChildSlot slot) => this.slot = slot;

    /// <summary>The number of children.</summary>
    public int Count => slot.Items.Count;

    bool ICollection<T>.IsReadOnly => false;

    /// <summary>The child at <paramref name="index"/>; setting replaces it.</summary>
    public T this[int index]
    {
        get => (T)slot.Items[index];
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (!ReferenceEquals(slot.Items[index], value))
            {
                RemoveAt(index);
                Insert(index, value);
            }
        }
    }

    /// <summary>Appends a child.</summary>
    public void Add(T item) => Insert(Count, item);

    /// <summary>Appends children in order.</summary>
    public void AddRange(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items.ToList())
        {
            Add(item);
        }
    }

    /// <summary>Inserts a child at <paramref name="index"/>.</summary>
    public void Insert(int index, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        slot.Owner.InsertChild(slot, index, item);
    }

    /// <summary>Removes a child; returns false when it is not in this list.</summary>
    public bool Remove(T item)
    {
        var index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    /// <summary>Removes the child at <paramref name="index"/>.</summary>
    public void RemoveAt(int index) => slot.Owner.RemoveChildAt(slot, index);

    /// <summary>Removes every child.</summary>
    public void Clear() => slot.Owner.ClearChildren(slot);

    /// <summary>The position of a child, or -1.</summary>
    public int IndexOf(T item) => slot.Items.IndexOf(item);

    /// <summary>Whether the control is a child in this list.</summary>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>Copies the children into an array.</summary>
    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        for (var i = 0; i < Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    /// <summary>Enumerates the children in order.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in slot.Items)
        {
            yield return (T)item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
