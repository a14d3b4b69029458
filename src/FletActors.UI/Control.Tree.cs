using FletActors.UI.Hosting;

namespace FletActors;

// Child-list edits. Every edit checks access, captures the client's view of the slot at its first change after a
// flush (so the diff knows what the client shows), and keeps Parent/ParentSlot in step.
public abstract partial class Control
{
    internal void InsertChild(ChildSlot slot, int index, Control child)
    {
        CheckAccess();
        child.CheckAccess();
        CheckCanAdopt(child);

        // Validate against the list as it will be once the child has left its old place, before changing anything.
        var othersInSlot = slot.Items.Count - (ReferenceEquals(child.ParentSlot, slot) ? 1 : 0);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, othersInSlot);
        if (slot.Single && othersInSlot > 0)
        {
            throw new InvalidOperationException($"{slot} holds a single control.");
        }

        // A control arriving on the page must fit under its limit; one moving within the page is taken out below
        // (uncounted there) and counted again when inserted.
        var page = FindAttachedPage();
        var size = page is null ? 0 : CountSubtree(child);
        if (page is not null && !ReferenceEquals(child.FindAttachedPage(), page))
        {
            page.ReserveControls(size);
        }

        if (child.Parent is { } oldParent)
        {
            oldParent.RemoveChildAt(child.ParentSlot!, child.ParentSlot!.Items.IndexOf(child));
        }

        PrepareSlotChange(slot);
        slot.Insert(index, child);
        child.ParentSlot = slot;
        page?.CountControls(size);
    }

    internal void RemoveChildAt(ChildSlot slot, int index)
    {
        CheckAccess();
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, slot.Items.Count);
        PrepareSlotChange(slot);
        var child = slot.Items[index];
        FindAttachedPage()?.CountControls(-CountSubtree(child));
        slot.RemoveAt(index);
        child.ParentSlot = null;
    }

    internal void ClearChildren(ChildSlot slot)
    {
        CheckAccess();
        if (slot.Items.Count == 0)
        {
            return;
        }

        PrepareSlotChange(slot);
        FindAttachedPage()?.CountControls(-slot.Items.Sum(CountSubtree));
        foreach (var child in slot.Items)
        {
            child.ParentSlot = null;
        }

        slot.Clear();
    }

    /// <summary>Appends a child without access checks or change capture; only for building a fresh tree.</summary>
    internal static void AttachUnchecked(ChildSlot slot, Control child)
    {
        slot.Add(child);
        child.ParentSlot = slot;
    }

    internal static Control? GetSingleChild(ChildSlot slot) => slot.Items.Count == 0 ? null : slot.Items[0];

    internal void SetSingleChild(ChildSlot slot, Control? child)
    {
        var current = GetSingleChild(slot);
        if (ReferenceEquals(current, child))
        {
            return;
        }

        CheckAccess();
        if (child is not null)
        {
            child.CheckAccess();
            CheckCanAdopt(child);
        }

        if (current is not null)
        {
            RemoveChildAt(slot, 0);
        }

        if (child is not null)
        {
            InsertChild(slot, 0, child);
        }
    }

    private void PrepareSlotChange(ChildSlot slot)
    {
        if (ClientPage is { } page && slot.Sent is null)
        {
            slot.Sent = [.. slot.Items];
            page.QueueSlot(slot);
        }
    }

    private void CheckCanAdopt(Control child)
    {
        if (child is Page)
        {
            throw new InvalidOperationException("A page is the root of its tree and cannot be added as a child.");
        }

        for (var node = this; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, child))
            {
                throw new InvalidOperationException($"{child} cannot be added inside itself ({this}).");
            }
        }

        var ownPage = FindSessionPage();
        var childPage = child.FindSessionPage();
        if (ownPage is not null && childPage is not null && !ReferenceEquals(ownPage, childPage))
        {
            throw new InvalidOperationException(
                $"{child} belongs to session {childPage.SessionId} and cannot be added to {this} of session " +
                $"{ownPage.SessionId}; every session builds its own controls.");
        }
    }

    /// <summary>The control and all its descendants; proportional to the subtree, not the page.</summary>
    internal static int CountSubtree(Control control)
    {
        var count = 1;
        foreach (var slot in control.Slots)
        {
            foreach (var child in slot.Items)
            {
                count += CountSubtree(child);
            }
        }

        return count;
    }
}
