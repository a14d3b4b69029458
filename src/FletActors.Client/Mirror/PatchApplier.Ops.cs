using FletActors.Protocol.V1;

namespace FletActors.Client;

public static partial class PatchApplier
{
    // Each op validates everything before its first mutation, so an op either happens whole or not at all and the
    // undo log only ever holds complete ops.

    private static void ApplyAdd(OpContext op, AddControl add)
    {
        if (add.Node is null)
        {
            throw op.Error(PatchErrorKind.MissingNode, "AddControl carries no node");
        }

        var parent = op.Existing(add.ParentId, "parent");
        RequireSlot(op, add.Slot);
        var count = parent.ChildCount(add.Slot);
        if (add.Index > count)
        {
            throw op.Error(
                PatchErrorKind.IndexOutOfRange,
                $"index {add.Index} is beyond the {count} children of {parent} slot \"{add.Slot}\"");
        }

        var subtree = Build(op, add.Node, new HashSet<ulong>());
        var index = (int)add.Index;
        parent.InsertChild(add.Slot, index, subtree);
        op.Tree.Register(subtree);
        op.OnUndo(() =>
        {
            parent.RemoveChildAt(add.Slot, index);
            op.Tree.Unregister(subtree);
        });
    }

    private static ClientControl Build(OpContext op, ControlNode node, HashSet<ulong> subtreeIds)
    {
        if (node.Id == 0)
        {
            throw op.Error(PatchErrorKind.InvalidOp, "a control id of 0 is not allowed");
        }

        if (op.Tree.Contains(node.Id) || !subtreeIds.Add(node.Id))
        {
            throw op.Error(PatchErrorKind.DuplicateId, $"control id {node.Id} is already in use");
        }

        if (node.Type.Length == 0)
        {
            throw op.Error(PatchErrorKind.InvalidOp, $"control {node.Id} has no type");
        }

        var control = new ClientControl(node.Id, node.Type, node.Key);
        foreach (var prop in node.Props)
        {
            RequirePropName(op, prop);
            control.SetProp(prop.Name, ValueOrNull(prop));
        }

        foreach (var childNode in node.Children)
        {
            if (childNode.Slot.Length == 0)
            {
                throw op.Error(PatchErrorKind.InvalidOp, $"child {childNode.Id} of control {node.Id} names no slot");
            }

            var child = Build(op, childNode, subtreeIds);
            control.InsertChild(childNode.Slot, control.ChildCount(childNode.Slot), child);
        }

        return control;
    }

    private static void ApplySet(OpContext op, SetProps set)
    {
        var control = op.Existing(set.ControlId, "control");
        foreach (var prop in set.Props)
        {
            RequirePropName(op, prop);
        }

        foreach (var prop in set.Props)
        {
            var previous = control.SetProp(prop.Name, ValueOrNull(prop));
            op.OnUndo(() => control.SetProp(prop.Name, previous));
        }
    }

    private static void ApplyRemove(OpContext op, RemoveControl remove)
    {
        var control = op.Existing(remove.ControlId, "control");
        var parent = control.Parent ?? throw op.Error(PatchErrorKind.RootControl, "the page root cannot be removed");
        var slot = control.Slot!;
        var index = control.IndexInParent();
        parent.RemoveChildAt(slot, index);
        op.Tree.Unregister(control);
        op.OnUndo(() =>
        {
            parent.InsertChild(slot, index, control);
            op.Tree.Register(control);
        });
    }

    private static void ApplyMove(OpContext op, MoveControl move)
    {
        var control = op.Existing(move.ControlId, "control");
        var oldParent = control.Parent ?? throw op.Error(PatchErrorKind.RootControl, "the page root cannot be moved");
        var newParent = op.Existing(move.ParentId, "parent");
        RequireSlot(op, move.Slot);
        for (var ancestor = newParent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor == control)
            {
                throw op.Error(PatchErrorKind.Cycle, $"{control} cannot move into its own subtree ({newParent})");
            }
        }

        var oldSlot = control.Slot!;
        var oldIndex = control.IndexInParent();
        var sameSlot = oldParent == newParent && string.Equals(oldSlot, move.Slot, StringComparison.Ordinal);
        var countAfterRemoval = newParent.ChildCount(move.Slot) - (sameSlot ? 1 : 0);
        if (move.Index > countAfterRemoval)
        {
            throw op.Error(
                PatchErrorKind.IndexOutOfRange,
                $"index {move.Index} is beyond the {countAfterRemoval} other children of {newParent} slot \"{move.Slot}\"");
        }

        var newIndex = (int)move.Index;
        oldParent.RemoveChildAt(oldSlot, oldIndex);
        newParent.InsertChild(move.Slot, newIndex, control);
        op.OnUndo(() =>
        {
            newParent.RemoveChildAt(move.Slot, newIndex);
            oldParent.InsertChild(oldSlot, oldIndex, control);
        });
    }

    private static void RequireSlot(OpContext op, string slot)
    {
        if (slot.Length == 0)
        {
            throw op.Error(PatchErrorKind.InvalidOp, "the op names no slot");
        }
    }

    private static void RequirePropName(OpContext op, Prop prop)
    {
        if (prop.Name.Length == 0)
        {
            throw op.Error(PatchErrorKind.InvalidOp, "a prop has no name");
        }
    }

    // A value with no kind means "back to the default", which the mirror represents by the prop's absence. The
    // value is cloned so that later changes to the batch object cannot reach into the mirror.
    private static PropValue? ValueOrNull(Prop prop) =>
        prop.Value is null || prop.Value.KindCase == PropValue.KindOneofCase.None ? null : prop.Value.Clone();
}
