using FletActors.UI.Hosting;

namespace FletActors.UI.Diffing;

/// <summary>
/// The diff's memory of one session: which controls the client holds (by id), the next free id, and what changed
/// since the last flush. What the client shows of each control is recorded on the control itself (sent prop values,
/// captured child lists), so an idle page carries no second copy of its tree and a flush touches only what changed.
/// </summary>
internal sealed class SessionTree
{
    // Null while nothing changed, which is how an idle page spends its life; a flush takes the lists away.
    private List<Control>? dirtyControls;
    private List<ChildSlot>? dirtySlots;

    public SessionTree(Page root)
    {
        Root = root;
        root.Id = Patching.PatchBatch.PageId;
        root.ClientPage = root;
        ById[root.Id] = root;
    }

    public Page Root { get; }

    /// <summary>Every control the client holds, the page included.</summary>
    public Dictionary<ulong, Control> ById { get; } = [];

    /// <summary>Ids are handed out once and never again, even after the control is gone.</summary>
    public ulong NextId { get; private set; } = Patching.PatchBatch.PageId + 1;

    public bool HasChanges => dirtyControls is not null || dirtySlots is not null;

    public ulong AllocateId() => NextId++;

    public void QueueProps(Control control)
    {
        if (!control.PropsQueued)
        {
            control.PropsQueued = true;
            (dirtyControls ??= []).Add(control);
        }
    }

    public void QueueSlot(ChildSlot slot) => (dirtySlots ??= []).Add(slot);

    public IReadOnlyList<Control> PeekDirtyControls() => dirtyControls ?? [];

    public IReadOnlyList<ChildSlot> PeekDirtySlots() => dirtySlots ?? [];

    public List<Control> TakeDirtyControls()
    {
        var taken = dirtyControls ?? [];
        dirtyControls = null;
        return taken;
    }

    public List<ChildSlot> TakeDirtySlots()
    {
        var taken = dirtySlots ?? [];
        dirtySlots = null;
        return taken;
    }
}
