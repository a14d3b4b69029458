using FletActors.UI.Tests.Hosting;
using FsCheck;
using FsCheck.Fluent;

namespace FletActors.UI.Tests.Diffing;

/// <summary>
/// apply(diff(a, b), a) == b: random trees take random edits (props, inserts, removals, moves within and across
/// lists, keyed rebuilds, subtree replacement, re-adding removed controls); after every turn the reference mirror,
/// fed only the batches, must equal the page, and ids must stay stable and never be reused.
/// </summary>
public class TreeDiffPropertyTests
{
    private const int EditKinds = 9;

    [Fact]
    public void Diff_RandomEdits_MirrorEqualsPageAfterEveryTurn()
    {
        var command = Gen.ArrayOf(Gen.Choose(0, 10_000), 4);
        var turn = Gen.ListOf(command).Select(c => c.Take(12).ToArray());
        var script = Gen.ListOf(turn).Select(t => t.Take(8).ToArray());
        var scenario = Gen.Choose(0, 10_000).Zip(script).ToArbitrary();

        Prop.ForAll(scenario, s => Run(s.Item1, s.Item2))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    // A counterexample the property once found: a keyed child handed over inside a column that left the page in
    // the same turn got an id and a SetProps, for a control the client never received.
    [Fact]
    public void Diff_KeyedHandoverInsideSubtreeLeavingThePage_MirrorEqualsPage()
    {
        int[][][] turns =
        [
            [[2836, 8322, 7135, 6346], [3632, 5138, 574, 3479]],
            [[3084, 8302, 9483, 3491], [2688, 8078, 960, 2111], [1612, 5215, 2746, 6313], [7240, 8624, 8074, 9849]],
            [[6965, 5703, 3317, 7817], [7274, 1277, 4232, 4049], [4050, 4032, 5222, 3545], [5925, 8793, 9261, 2839]],
            [],
            [[4903, 4868, 7153, 826], [6044, 8719, 3557, 7475], [1033, 3779, 2029, 3799], [7806, 9407, 9863, 7257]],
            [[1761, 8754, 3784, 7273], [7339, 2515, 8564, 2916], [6160, 8162, 1198, 8520], [7429, 3336, 858, 9516]],
            [[500, 5619, 4806, 238]],
            [[9508, 5513, 1410, 7796], [902, 1257, 2360, 406], [5314, 8538, 6041, 623], [4821, 6405, 9587, 4611]],
        ];

        Assert.True(Run(8249, turns));
    }

    private static bool Run(int seed, int[][][] turns)
    {
        var session = new MirroredSession();
        var editor = new RandomEditor(session.Page, seed);
        session.Turn(editor.BuildInitialTree);
        var previousRound = new Dictionary<Control, ulong>(ReferenceEqualityComparer.Instance);
        var owners = new Dictionary<ulong, Control>();
        var maxId = RecordIds(session.Page, previousRound, owners, 0);

        foreach (var commands in turns)
        {
            session.Turn(() =>
            {
                foreach (var c in commands)
                {
                    editor.Apply(c[0] % EditKinds, c[1], c[2], c[3]);
                }
            });

            maxId = RecordIds(session.Page, previousRound, owners, maxId);
        }

        return true;
    }

    // Ids of controls that stayed on the page never change. An id is handed out once: a control seen with an id for
    // the first time gets one above every id before, or took it over from a keyed predecessor (same key) that has
    // left the page. A removed control that comes back keeps its own id.
    private static ulong RecordIds(Page page, Dictionary<Control, ulong> previousRound, Dictionary<ulong, Control> owners, ulong maxBefore)
    {
        var onPage = RandomEditor.Attached(page).ToHashSet<Control>(ReferenceEqualityComparer.Instance);
        var ids = new HashSet<ulong>();
        var max = maxBefore;
        foreach (var control in onPage)
        {
            Assert.True(ids.Add(control.Id), $"id {control.Id} used twice");
            if (previousRound.TryGetValue(control, out var earlier))
            {
                Assert.Equal(earlier, control.Id);
            }

            if (owners.TryGetValue(control.Id, out var owner))
            {
                if (!ReferenceEquals(owner, control))
                {
                    Assert.True(
                        control.Key is not null && owner.Key == control.Key && !onPage.Contains(owner),
                        $"{control} holds id {control.Id} of {owner} without a keyed takeover");
                    owners[control.Id] = control;
                }
            }
            else
            {
                Assert.True(control.Id > maxBefore, $"{control} got the new id {control.Id}, not above {maxBefore}");
                owners[control.Id] = control;
            }

            max = Math.Max(max, control.Id);
        }

        previousRound.Clear();
        foreach (var control in onPage)
        {
            previousRound[control] = control.Id;
        }

        return max;
    }
}
