using System.Text;
using FletActors.UI.Patching;

namespace FletActors.UI.Tests.Patching;

/// <summary>
/// A small reference applier: a client-side mirror of the tree that applies the UI patch ops exactly as
/// session.proto describes them, and refuses anything inconsistent (unknown ids, duplicate ids, bad indexes).
/// </summary>
internal sealed class MirrorTree
{
    private readonly Dictionary<ulong, Node> byId = [];

    public MirrorTree() => Reset();

    public Node Root { get; private set; } = null!;

    public int Count => byId.Count;

    public Node this[ulong id] => byId[id];

    public bool Contains(ulong id) => byId.ContainsKey(id);

    public void Apply(PatchBatch batch)
    {
        if (batch.Reset)
        {
            Reset();
        }

        foreach (var op in batch.Ops)
        {
            Apply(op);
        }
    }

    public void Apply(IEnumerable<PatchOp> ops)
    {
        foreach (var op in ops)
        {
            Apply(op);
        }
    }

    public void Apply(PatchOp op)
    {
        switch (op)
        {
            case AddControl add:
                var parent = Get(add.ParentId);
                var node = Build(add.Node);
                parent.Insert(add.Slot, add.Index, node);
                Register(node);
                break;
            case SetProps set:
                var target = Get(set.ControlId);
                foreach (var prop in set.Props)
                {
                    if (prop.Value is null)
                    {
                        target.Props.Remove(prop.Name);
                    }
                    else
                    {
                        target.Props[prop.Name] = prop.Value;
                    }
                }

                break;
            case RemoveControl remove:
                var removed = Get(remove.ControlId);
                var from = removed.Parent ?? throw new InvalidOperationException("The page cannot be removed.");
                from.Detach(removed);
                Unregister(removed);
                break;
            case MoveControl move:
                var moved = Get(move.ControlId);
                var newParent = Get(move.ParentId);
                for (var n = newParent; n is not null; n = n.Parent)
                {
                    if (n == moved)
                    {
                        throw new InvalidOperationException($"Moving {move.ControlId} into its own subtree.");
                    }
                }

                moved.Parent!.Detach(moved);
                newParent.Insert(move.Slot, move.Index, moved);
                break;
            default:
                throw new InvalidOperationException($"Unknown op {op}.");
        }
    }

    /// <summary>A canonical text form: ids, types, keys, sorted props, children per slot in order.</summary>
    public string Dump() => Dump(Root);

    public static string Dump(ControlSnapshot snapshot)
    {
        var builder = new StringBuilder();
        Write(builder, snapshot.Id, snapshot.Type, snapshot.Key, snapshot.Props.ToDictionary(p => p.Name, p => p.Value!),
            snapshot.Children.GroupBy(c => c.Slot).ToDictionary(g => g.Key, g => g.Select(c => (object)c).ToList()), 0);
        return builder.ToString();
    }

    private static string Dump(Node node)
    {
        var builder = new StringBuilder();
        Write(builder, node.Id, node.Type, node.Key, node.Props,
            node.Slots.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => s.Value.Select(c => (object)c).ToList()), 0);
        return builder.ToString();
    }

    private static void Write(
        StringBuilder builder,
        ulong id,
        string type,
        string? key,
        IDictionary<string, PropValue> props,
        Dictionary<string, List<object>> slots,
        int depth)
    {
        builder.Append(' ', depth * 2).Append(id).Append(' ').Append(type);
        if (key is not null)
        {
            builder.Append(" key=").Append(key);
        }

        foreach (var prop in props.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(' ').Append(prop.Key).Append('=').Append(prop.Value);
        }

        builder.AppendLine();
        foreach (var slot in slots.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            builder.Append(' ', depth * 2 + 1).Append('[').Append(slot.Key).AppendLine("]");
            foreach (var child in slot.Value)
            {
                if (child is ControlSnapshot snapshot)
                {
                    Write(builder, snapshot.Id, snapshot.Type, snapshot.Key,
                        snapshot.Props.ToDictionary(p => p.Name, p => p.Value!),
                        snapshot.Children.GroupBy(c => c.Slot).ToDictionary(g => g.Key, g => g.Select(c => (object)c).ToList()),
                        depth + 1);
                }
                else
                {
                    var node = (Node)child;
                    Write(builder, node.Id, node.Type, node.Key, node.Props,
                        node.Slots.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => s.Value.Select(c => (object)c).ToList()),
                        depth + 1);
                }
            }
        }
    }

    private void Reset()
    {
        byId.Clear();
        Root = new Node(PatchBatch.PageId, "page", null);
        byId[Root.Id] = Root;
    }

    private Node Get(ulong id) =>
        byId.TryGetValue(id, out var node) ? node : throw new InvalidOperationException($"No control {id} in the mirror.");

    private static Node Build(ControlSnapshot snapshot)
    {
        var node = new Node(snapshot.Id, snapshot.Type, snapshot.Key);
        foreach (var prop in snapshot.Props)
        {
            node.Props[prop.Name] = prop.Value ?? throw new InvalidOperationException("A snapshot prop has no value.");
        }

        foreach (var child in snapshot.Children)
        {
            var childNode = Build(child);
            node.Insert(child.Slot, node.SlotCount(child.Slot), childNode);
        }

        return node;
    }

    private void Register(Node node)
    {
        if (!byId.TryAdd(node.Id, node))
        {
            throw new InvalidOperationException($"Control id {node.Id} is already in the mirror.");
        }

        foreach (var child in node.Slots.Values.SelectMany(c => c))
        {
            Register(child);
        }
    }

    private void Unregister(Node node)
    {
        byId.Remove(node.Id);
        foreach (var child in node.Slots.Values.SelectMany(c => c))
        {
            Unregister(child);
        }
    }

    internal sealed class Node(ulong id, string type, string? key)
    {
        public ulong Id { get; } = id;

        public string Type { get; } = type;

        public string? Key { get; } = key;

        public Node? Parent { get; private set; }

        public string? Slot { get; private set; }

        public Dictionary<string, PropValue> Props { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<Node>> Slots { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<Node> Children(string slot) => Slots.TryGetValue(slot, out var list) ? list : [];

        public int SlotCount(string slot) => Children(slot).Count;

        public void Insert(string slot, int index, Node child)
        {
            if (!Slots.TryGetValue(slot, out var list))
            {
                list = [];
                Slots[slot] = list;
            }

            if (index < 0 || index > list.Count)
            {
                throw new InvalidOperationException($"Index {index} is outside slot {slot} of {Id} ({list.Count} children).");
            }

            list.Insert(index, child);
            child.Parent = this;
            child.Slot = slot;
        }

        public void Detach(Node child)
        {
            Slots[child.Slot!].Remove(child);
            child.Parent = null;
            child.Slot = null;
        }
    }
}
