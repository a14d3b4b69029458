namespace FletActors.Client;

/// <summary>
/// The client-side mirror of a session's control tree: the page root (id 1, type "page") and everything below
/// it, indexed by id. <see cref="PatchApplier"/> is the only writer; the numbering of the last applied batch
/// (<see cref="Epoch"/>, <see cref="LastAppliedSeq"/>) travels with the tree so a resume can name it.
/// </summary>
public sealed partial class ClientTree
{
    /// <summary>The id of the page, the root of every session tree.</summary>
    public const ulong RootId = 1;

    /// <summary>The control type of the page root.</summary>
    public const string RootType = "page";

    private Dictionary<ulong, ClientControl> byId = [];

    /// <summary>Creates a mirror holding only an empty page, before any batch (epoch 0, seq 0).</summary>
    public ClientTree()
    {
        Root = null!;
        ClearToFreshPage();
    }

    /// <summary>The page root.</summary>
    public ClientControl Root { get; private set; }

    /// <summary>The epoch of the last applied batch; 0 before any.</summary>
    public ulong Epoch { get; internal set; }

    /// <summary>The sequence number of the last applied batch within <see cref="Epoch"/>; 0 before any.</summary>
    public ulong LastAppliedSeq { get; internal set; }

    /// <summary>How many controls the mirror holds, the page included.</summary>
    public int Count => byId.Count;

    /// <summary>The control with this id, or null.</summary>
    public ClientControl? Find(ulong id) => byId.GetValueOrDefault(id);

    /// <summary>The control with this id; throws <see cref="KeyNotFoundException"/> naming the id when absent.</summary>
    public ClientControl Get(ulong id) =>
        byId.TryGetValue(id, out var control)
            ? control
            : throw new KeyNotFoundException($"The mirror holds no control with id {id}.");

    internal bool Contains(ulong id) => byId.ContainsKey(id);

    internal void ClearToFreshPage()
    {
        Root = new ClientControl(RootId, RootType, key: null);
        byId = new Dictionary<ulong, ClientControl> { [RootId] = Root };
        Epoch = 0;
        LastAppliedSeq = 0;
    }

    internal Snapshot Capture() => new(Root, byId, Epoch, LastAppliedSeq);

    /// <summary>Puts back a captured state; valid only if nothing captured was mutated since.</summary>
    internal void Restore(Snapshot snapshot)
    {
        Root = snapshot.Root;
        byId = snapshot.ById;
        Epoch = snapshot.Epoch;
        LastAppliedSeq = snapshot.Seq;
    }

    internal void Register(ClientControl subtreeRoot)
    {
        byId.Add(subtreeRoot.Id, subtreeRoot);
        foreach (var control in subtreeRoot.Descendants())
        {
            byId.Add(control.Id, control);
        }
    }

    internal void Unregister(ClientControl subtreeRoot)
    {
        byId.Remove(subtreeRoot.Id);
        foreach (var control in subtreeRoot.Descendants())
        {
            byId.Remove(control.Id);
        }
    }

    internal sealed record Snapshot(ClientControl Root, Dictionary<ulong, ClientControl> ById, ulong Epoch, ulong Seq);
}
