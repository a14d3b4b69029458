using FletActors.Protocol.V1;

namespace FletActors.Client.Tests.Support;

/// <summary>Short builders for patch batches in tests.</summary>
internal static class Patches
{
    public static PatchBatch Batch(ulong epoch, ulong seq, params PatchOp[] ops) => Build(epoch, seq, reset: false, ops);

    public static PatchBatch Reset(ulong epoch, ulong seq, params PatchOp[] ops) => Build(epoch, seq, reset: true, ops);

    public static ControlNode Node(ulong id, string type, string? slot = null, params ControlNode[] children)
    {
        var node = new ControlNode { Id = id, Type = type, Slot = slot ?? string.Empty };
        node.Children.AddRange(children);
        return node;
    }

    public static ControlNode Text(ulong id, string value, string slot = "controls")
    {
        var node = new ControlNode { Id = id, Type = "text", Slot = slot };
        node.Props.Add(new Prop { Name = "value", Value = Str(value) });
        return node;
    }

    public static PatchOp Add(ulong parentId, string slot, uint index, ControlNode node) =>
        new() { Add = new AddControl { ParentId = parentId, Slot = slot, Index = index, Node = node } };

    public static PatchOp Set(ulong controlId, string name, PropValue? value)
    {
        var set = new SetProps { ControlId = controlId };
        set.Props.Add(new Prop { Name = name, Value = value });
        return new PatchOp { Set = set };
    }

    public static PatchOp Remove(ulong controlId) => new() { Remove = new RemoveControl { ControlId = controlId } };

    public static PatchOp Move(ulong controlId, ulong parentId, string slot, uint index) =>
        new() { Move = new MoveControl { ControlId = controlId, ParentId = parentId, Slot = slot, Index = index } };

    public static PropValue Str(string value) => new() { StringValue = value };

    /// <summary>A reset batch giving the page one view (id 2) holding the given controls.</summary>
    public static PatchBatch PageWith(ulong epoch, ulong seq, params ControlNode[] controls) =>
        Reset(epoch, seq, Add(ClientTree.RootId, "views", 0, Node(2, "view", null, controls)));

    private static PatchBatch Build(ulong epoch, ulong seq, bool reset, PatchOp[] ops)
    {
        var batch = new PatchBatch { Epoch = epoch, Seq = seq, Reset = reset };
        batch.Ops.AddRange(ops);
        return batch;
    }
}
