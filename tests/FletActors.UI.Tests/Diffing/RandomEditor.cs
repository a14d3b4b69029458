using FletActors.UI.Hosting;

namespace FletActors.UI.Tests.Diffing;

/// <summary>Applies edits chosen by numbers to a page's tree; every edit is valid whatever the numbers.</summary>
internal sealed class RandomEditor(Page page, int seed)
{
    private readonly Random random = new(seed);
    private readonly List<Control> pool = [];
    private int serial;

    public static IEnumerable<Control> Attached(Control root)
    {
        yield return root;
        foreach (var slot in root.Slots)
        {
            foreach (var child in slot.Items)
            {
                foreach (var control in Attached(child))
                {
                    yield return control;
                }
            }
        }
    }

    public void BuildInitialTree()
    {
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            page.Add(NewSubtree(random.Next(0, 3)));
        }
    }

    public void Apply(int kind, int a, int b, int c)
    {
        switch (kind)
        {
            case 0:
                SetSomeProp(Pick(Attached(page).Where(x => x is not Page).ToList(), a), b);
                break;
            case 1:
                InsertInto(PickSlot(a), b, NewSubtree(c % 3));
                break;
            case 2:
                RemoveFrom(PickSlot(a), b);
                break;
            case 3:
                MoveSomewhere(a, b, c);
                break;
            case 4:
                KeyedRebuild(PickSlot(a), b);
                break;
            case 5:
                ReplaceSubtree(PickSlot(a), b, c);
                break;
            case 6:
                Reorder(PickSlot(a));
                break;
            case 7:
                ReAdd(a, b, c);
                break;
            default:
                PickSlot(a)?.Owner.ClearChildren(PickSlot(a)!);
                break;
        }
    }

    private Control NewSubtree(int depth)
    {
        serial++;
        var key = random.Next(3) == 0 ? $"k{random.Next(4)}" : null;
        Control control = (depth, random.Next(5)) switch
        {
            (0, _) or (_, 0) => new Text($"text{serial}") { Key = key },
            (_, 1) => new Column { Key = key },
            (_, 2) => new Row { Key = key },
            (_, 3) => new Container { Key = key },
            _ => new Card { Key = key },
        };
        if (random.Next(2) == 0)
        {
            control.Tooltip = $"tip{serial}";
        }

        foreach (var slot in control.Slots)
        {
            var children = slot.Single ? random.Next(2) : random.Next(4);
            for (var i = 0; i < children; i++)
            {
                control.InsertChild(slot, slot.Items.Count, NewSubtree(depth - 1));
            }
        }

        pool.Add(control);
        return control;
    }

    private static void SetSomeProp(Control? control, int value)
    {
        switch (control, value % 5)
        {
            case (null, _):
                return;
            case (Text text, 0):
                text.Value = value % 7 == 0 ? null : $"v{value}";
                break;
            case (_, 1):
                control.Width = value % 3 == 0 ? null : value;
                break;
            case (_, 2):
                control.Visible = value % 2 == 0;
                break;
            case (_, 3):
                control.Expand = value % 3;
                break;
            case (Container box, _):
                // One number, a list of four, or a reset: the kind of the prop changes back and forth too.
                box.Padding = (value % 3) switch { 0 => null, 1 => Padding.All(value % 5), _ => Padding.Only(left: value % 11, bottom: 1) };
                break;
            default:
                control.Tooltip = value % 4 == 0 ? null : $"t{value}";
                break;
        }
    }

    private ChildSlot? PickSlot(int a)
    {
        var slots = Attached(page).SelectMany(c => c.Slots).Where(s => s.Owner is not Page && (s.Owner is not View || s.Name == "controls")).ToList();
        return Pick(slots, a);
    }

    private static T? Pick<T>(List<T> items, int a)
        where T : class => items.Count == 0 ? null : items[a % items.Count];

    private static void InsertInto(ChildSlot? slot, int index, Control child)
    {
        if (slot is null || slot.Owner == child)
        {
            return;
        }

        if (slot.Single && slot.Items.Count > 0)
        {
            slot.Owner.RemoveChildAt(slot, 0);
        }

        if (IsAncestorOrSelf(child, slot.Owner))
        {
            return;
        }

        var others = slot.Items.Count - (ReferenceEquals(child.ParentSlot, slot) ? 1 : 0);
        slot.Owner.InsertChild(slot, index % (others + 1), child);
    }

    private static void RemoveFrom(ChildSlot? slot, int index)
    {
        if (slot is { Items.Count: > 0 })
        {
            slot.Owner.RemoveChildAt(slot, index % slot.Items.Count);
        }
    }

    private void MoveSomewhere(int a, int b, int c)
    {
        var movable = Attached(page).Where(x => x is not Page and not View).ToList();
        InsertInto(PickSlot(b), c, Pick(movable, a) ?? NewSubtree(1));
    }

    // A new object with the same key and type takes the place of a keyed child; its children are handed over or new.
    private void KeyedRebuild(ChildSlot? slot, int b)
    {
        if (slot is null || slot.Items.Count == 0)
        {
            return;
        }

        var index = b % slot.Items.Count;
        var old = slot.Items[index];
        var key = old.Key ?? $"k{b % 4}";
        Control successor = old switch
        {
            Text text => new Text(b % 2 == 0 ? text.Value ?? "x" : $"re{b}") { Key = key },
            Column => new Column { Key = key },
            Row => new Row { Key = key },
            Container => new Container { Key = key },
            Card => new Card { Key = key },
            _ => new Text("other") { Key = key },
        };
        pool.Add(successor);
        foreach (var (oldSlot, newSlot) in old.Slots.Zip(successor.Slots))
        {
            foreach (var child in oldSlot.Items.ToList())
            {
                if (b % 3 != 0)
                {
                    successor.InsertChild(newSlot, newSlot.Items.Count, child);
                }
            }
        }

        slot.Owner.RemoveChildAt(slot, index);
        slot.Owner.InsertChild(slot, index, successor);
    }

    private void ReplaceSubtree(ChildSlot? slot, int b, int c)
    {
        if (slot is { Items.Count: > 0 })
        {
            var index = b % slot.Items.Count;
            slot.Owner.RemoveChildAt(slot, index);
            slot.Owner.InsertChild(slot, index, NewSubtree(1 + c % 2));
        }
    }

    private void Reorder(ChildSlot? slot)
    {
        if (slot is null || slot.Items.Count < 2)
        {
            return;
        }

        var order = slot.Items.OrderBy(_ => random.Next()).ToList();
        slot.Owner.ClearChildren(slot);
        foreach (var child in order)
        {
            slot.Owner.InsertChild(slot, slot.Items.Count, child);
        }
    }

    private void ReAdd(int a, int b, int c)
    {
        var detached = pool.Where(x => x.FindAttachedPage() is null && x.Parent is null).ToList();
        if (Pick(detached, a) is { } control)
        {
            InsertInto(PickSlot(b), c, control);
        }
    }

    private static bool IsAncestorOrSelf(Control candidate, Control of)
    {
        for (var node = of; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
