using FletActors.UI.Patching;
using Proto = FletActors.Protocol.V1;

namespace FletActors.Sessions.Wire;

/// <summary>
/// Encodes the app model's patch batches into <c>fletactors.v1</c> messages. Pure: the same batch always gives the
/// same message, and nothing is remembered between calls.
/// </summary>
internal static class PatchEncoder
{
    /// <summary>The wire form of <paramref name="batch"/>, numbered <paramref name="epoch"/>/<paramref name="seq"/>.</summary>
    public static Proto.PatchBatch Encode(PatchBatch batch, ulong epoch, ulong seq)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var encoded = new Proto.PatchBatch { Epoch = epoch, Seq = seq, Reset = batch.Reset };
        foreach (var op in batch.Ops)
        {
            encoded.Ops.Add(Encode(op));
        }

        return encoded;
    }

    public static Proto.PatchOp Encode(PatchOp op) => op switch
    {
        AddControl add => new Proto.PatchOp
        {
            Add = new Proto.AddControl
            {
                ParentId = add.ParentId,
                Slot = add.Slot,
                Index = checked((uint)add.Index),
                Node = Encode(add.Node),
            },
        },
        SetProps set => new Proto.PatchOp { Set = EncodeSet(set) },
        RemoveControl remove => new Proto.PatchOp { Remove = new Proto.RemoveControl { ControlId = remove.ControlId } },
        MoveControl move => new Proto.PatchOp
        {
            Move = new Proto.MoveControl
            {
                ControlId = move.ControlId,
                ParentId = move.ParentId,
                Slot = move.Slot,
                Index = checked((uint)move.Index),
            },
        },
        _ => throw new ArgumentException($"Unknown patch op {op.GetType().Name}.", nameof(op)),
    };

    /// <summary>A control and its subtree as a wire node.</summary>
    public static Proto.ControlNode Encode(ControlSnapshot node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var encoded = new Proto.ControlNode
        {
            Id = node.Id,
            Type = node.Type,
            Slot = node.Slot,
            Key = node.Key ?? string.Empty,
        };
        foreach (var prop in node.Props)
        {
            encoded.Props.Add(Encode(prop));
        }

        foreach (var child in node.Children)
        {
            encoded.Children.Add(Encode(child));
        }

        return encoded;
    }

    /// <summary>A typed value on the wire; null (back to the default) is a value with no kind set.</summary>
    public static Proto.PropValue Encode(PropValue? value)
    {
        if (value is null)
        {
            return new Proto.PropValue();
        }

        return value.Kind switch
        {
            PropKind.String => new Proto.PropValue { StringValue = value.StringValue },
            PropKind.Number => new Proto.PropValue { NumberValue = value.NumberValue },
            PropKind.Int => new Proto.PropValue { IntValue = value.IntValue },
            PropKind.Bool => new Proto.PropValue { BoolValue = value.BoolValue },
            PropKind.StringList => new Proto.PropValue { StringList = new Proto.StringList { Values = { value.StringListValue } } },
            PropKind.NumberList => new Proto.PropValue { NumberList = new Proto.NumberList { Values = { value.NumberListValue } } },
            _ => throw new ArgumentException($"Unknown prop kind {value.Kind}.", nameof(value)),
        };
    }

    /// <summary>A named prop on the wire.</summary>
    public static Proto.Prop Encode(Prop prop) => new() { Name = prop.Name, Value = Encode(prop.Value) };

    private static Proto.SetProps EncodeSet(SetProps set)
    {
        var encoded = new Proto.SetProps { ControlId = set.ControlId };
        foreach (var prop in set.Props)
        {
            encoded.Props.Add(Encode(prop));
        }

        return encoded;
    }
}
