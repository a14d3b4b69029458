using FletActors.UI.Patching;

namespace FletActors.UI.Diffing;

/// <summary>The whole page as nodes: for a reset batch, and as the reference a client mirror is compared with.</summary>
internal static class FullSnapshot
{
    /// <summary>
    /// The ops that build the page on a client that starts from an empty page (id 1, no props): the page's props,
    /// then each child of the page with its subtree. Call after a diff, when every control has its id.
    /// </summary>
    public static IReadOnlyList<PatchOp> Ops(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var ops = new List<PatchOp>();
        var props = page.CurrentProps();
        if (props.Count > 0)
        {
            ops.Add(new SetProps(page.Id, props));
        }

        foreach (var slot in page.Slots)
        {
            for (var i = 0; i < slot.Items.Count; i++)
            {
                ops.Add(new AddControl(page.Id, slot.Name, i, Of(slot.Items[i], slot.Name)));
            }
        }

        return ops;
    }

    /// <summary>The page and its subtree as one node (slot empty).</summary>
    public static ControlSnapshot Of(Page page) => Of(page, string.Empty);

    private static ControlSnapshot Of(Control control, string slotName)
    {
        var children = new List<ControlSnapshot>();
        foreach (var slot in control.Slots)
        {
            foreach (var child in slot.Items)
            {
                children.Add(Of(child, slot.Name));
            }
        }

        return new ControlSnapshot(control.Id, control.ControlType, slotName, control.Key, control.CurrentProps(), children);
    }
}
