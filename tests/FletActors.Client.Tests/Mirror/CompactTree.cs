using System.Globalization;
using System.Text;
using System.Text.Json;
using FletActors.Protocol.V1;

namespace FletActors.Client.Tests.Mirror;

/// <summary>The compact tree form of the patch cases: reading it into the mirror and into a dump.</summary>
internal static class CompactTree
{
    /// <summary>A reset batch that builds the compact tree, for seeding a mirror at a given epoch and seq.</summary>
    public static PatchBatch SeedBatch(JsonElement tree, ulong epoch, ulong seq)
    {
        if (tree.GetProperty("id").GetUInt64() != ClientTree.RootId || tree.GetProperty("type").GetString() != ClientTree.RootType)
        {
            throw new InvalidOperationException("A compact tree's root must be the page, id 1.");
        }

        var batch = new PatchBatch { Epoch = epoch, Seq = seq, Reset = true };
        var setRoot = new SetProps { ControlId = ClientTree.RootId };
        setRoot.Props.AddRange(Props(tree));
        batch.Ops.Add(new PatchOp { Set = setRoot });
        foreach (var (slot, children) in Slots(tree))
        {
            var index = 0u;
            foreach (var child in children)
            {
                batch.Ops.Add(new PatchOp
                {
                    Add = new AddControl { ParentId = ClientTree.RootId, Slot = slot, Index = index++, Node = Node(child, slot) },
                });
            }
        }

        return batch;
    }

    /// <summary>
    /// The text <see cref="ClientTree.Dump"/> gives for this tree, computed from the JSON alone so that the
    /// expected side of a case does not go through the applier under test.
    /// </summary>
    public static string Dump(JsonElement tree)
    {
        var text = new StringBuilder();
        AppendDump(text, tree, 0);
        return text.ToString();
    }

    private static void AppendDump(StringBuilder text, JsonElement control, int depth)
    {
        text.Append(' ', depth * 2)
            .Append(control.GetProperty("type").GetString())
            .Append('#')
            .Append(control.GetProperty("id").GetUInt64().ToString(CultureInfo.InvariantCulture));
        if (control.TryGetProperty("key", out var key))
        {
            text.Append(" key(").Append(ClientTree.FormatValue(new PropValue { StringValue = key.GetString() })).Append(')');
        }

        foreach (var prop in Props(control).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(' ').Append(prop.Name).Append('=').Append(ClientTree.FormatValue(prop.Value));
        }

        text.Append('\n');
        foreach (var (slot, children) in Slots(control).Where(s => s.Children.Count > 0).OrderBy(s => s.Slot, StringComparer.Ordinal))
        {
            text.Append(' ', (depth + 1) * 2).Append(slot).Append(":\n");
            foreach (var child in children)
            {
                AppendDump(text, child, depth + 2);
            }
        }
    }

    private static ControlNode Node(JsonElement control, string slot)
    {
        var node = new ControlNode
        {
            Id = control.GetProperty("id").GetUInt64(),
            Type = control.GetProperty("type").GetString(),
            Slot = slot,
            Key = control.TryGetProperty("key", out var key) ? key.GetString() : string.Empty,
        };
        node.Props.AddRange(Props(control));
        foreach (var (childSlot, children) in Slots(control))
        {
            node.Children.AddRange(children.Select(c => Node(c, childSlot)));
        }

        return node;
    }

    private static List<Prop> Props(JsonElement control)
    {
        var props = new List<Prop>();
        if (control.TryGetProperty("props", out var map))
        {
            props.AddRange(map.EnumerateObject().Select(p => new Prop { Name = p.Name, Value = Value(p.Value) }));
        }

        return props;
    }

    private static List<(string Slot, List<JsonElement> Children)> Slots(JsonElement control)
    {
        var slots = new List<(string, List<JsonElement>)>();
        if (control.TryGetProperty("slots", out var map))
        {
            slots.AddRange(map.EnumerateObject().Select(s => (s.Name, s.Value.EnumerateArray().ToList())));
        }

        return slots;
    }

    private static PropValue Value(JsonElement typed)
    {
        var kind = typed.EnumerateObject().Single();
        return kind.Name switch
        {
            "str" => new PropValue { StringValue = kind.Value.GetString() },
            "num" => new PropValue { NumberValue = kind.Value.GetDouble() },
            "int" => new PropValue { IntValue = kind.Value.GetInt64() },
            "bool" => new PropValue { BoolValue = kind.Value.GetBoolean() },
            "list" => new PropValue { StringList = new StringList { Values = { kind.Value.EnumerateArray().Select(v => v.GetString()!) } } },
            "nums" => new PropValue { NumberList = new NumberList { Values = { kind.Value.EnumerateArray().Select(v => v.GetDouble()) } } },
            _ => throw new InvalidOperationException($"Unknown compact value kind \"{kind.Name}\"."),
        };
    }
}
