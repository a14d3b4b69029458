namespace FletActors.Server.Tests.Wire;

/// <summary>
/// Builds and edits a page's tree from a script of small integers, so FsCheck can generate and shrink edit
/// scripts: adds (keyed and not), removals, moves across parents, keyed reorders and keyed replacements, single
/// child slots and prop changes. Edits the page would refuse (a control into its own subtree) are skipped.
/// </summary>
internal sealed class TreeEditor(Page page)
{
    private static readonly string[] Words = ["a", "b", "c", "d", "e"];
    private int created;

    public void Apply(int[] command)
    {
        var random = new Random(command.Aggregate(17, (h, c) => (h * 31) + c));
        var controls = All(page).Where(c => c is not Page and not View).ToList();
        var containers = All(page).Where(c => c is View or Column or Row).ToList();
        switch (command[0] % 8)
        {
            case 0:
            case 1:
                Insert(Pick(containers, random), New(random), random);
                break;
            case 2 when controls.Count > 0:
                Detach(Pick(controls, random));
                break;
            case 3 when controls.Count > 0:
                Insert(Pick(containers, random), Pick(controls, random), random);
                break;
            case 4 when controls.Count > 0:
                ChangeProps(Pick(controls, random), random);
                break;
            case 5:
                Reorder(Pick(containers, random), random);
                break;
            case 6:
                ReplaceKeyed(Pick(containers, random), random);
                break;
            case 7:
                var boxes = All(page).OfType<Container>().ToList();
                if (boxes.Count > 0)
                {
                    var box = Pick(boxes, random);
                    var content = random.Next(3) == 0 ? null : controls.Count > 0 && random.Next(2) == 0 ? Pick(controls, random) : New(random);
                    try
                    {
                        box.Content = content;
                    }
                    catch (InvalidOperationException)
                    {
                        // A container cannot hold itself or an ancestor; the page refuses it and nothing changed.
                    }
                }

                break;
        }
    }

    private Control New(Random random)
    {
        var key = random.Next(2) == 0 ? Pick(Words, random) : null;
        created++;
        return random.Next(5) switch
        {
            0 => new Column { Key = key, Spacing = random.Next(4) },
            1 => new Row { Key = key },
            2 => new Container { Key = key, Padding = random.Next(3) },
            3 => new TextField { Key = key, Value = Pick(Words, random) },
            _ => new Text(Pick(Words, random) + created) { Key = key },
        };
    }

    private static void Insert(Control container, Control child, Random random)
    {
        var list = ListOf(container);
        try
        {
            var index = random.Next(list.Count + 1);
            if (ReferenceEquals(child.FindAttachedPage(), container.FindAttachedPage()) && list.Contains(child))
            {
                index = Math.Min(index, list.Count - 1);
            }

            list.Insert(index, child);
        }
        catch (InvalidOperationException)
        {
            // A control cannot go into its own subtree; the page refuses it and nothing changed.
        }
    }

    private static void Detach(Control control)
    {
        switch (control.Parent)
        {
            case Container box:
                box.Content = null;
                break;
            case { } parent:
                ListOf(parent).Remove(control);
                break;
        }
    }

    private static void ChangeProps(Control control, Random random)
    {
        switch (control)
        {
            case Text text:
                text.Value = random.Next(4) == 0 ? null : Pick(Words, random);
                text.Italic = random.Next(2) == 0;
                break;
            case TextField field:
                field.Value = Pick(Words, random);
                field.Label = random.Next(2) == 0 ? null : "label";
                break;
            case Column column:
                column.Spacing = random.Next(20);
                break;
            default:
                control.Visible = random.Next(2) == 0;
                break;
        }
    }

    private static void Reorder(Control container, Random random)
    {
        var list = ListOf(container);
        var shuffled = list.OrderBy(_ => random.Next()).ToList();
        list.Clear();
        foreach (var child in shuffled)
        {
            list.Add(child);
        }
    }

    private void ReplaceKeyed(Control container, Random random)
    {
        var list = ListOf(container);
        var keyed = list.Select((c, i) => (c, i)).Where(x => x.c is Text { Key: not null }).ToList();
        if (keyed.Count == 0)
        {
            return;
        }

        var (old, index) = Pick(keyed, random);
        list[index] = new Text(Pick(Words, random) + ++created) { Key = old.Key };
    }

    private static ControlList<Control> ListOf(Control container) => container switch
    {
        View view => view.Controls,
        Column column => column.Controls,
        Row row => row.Controls,
        _ => throw new ArgumentException($"{container} has no child list.", nameof(container)),
    };

    private static IEnumerable<Control> All(Control root)
    {
        yield return root;
        foreach (var slot in root.Slots)
        {
            foreach (var child in slot.Items.ToList())
            {
                foreach (var descendant in All(child))
                {
                    yield return descendant;
                }
            }
        }
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
