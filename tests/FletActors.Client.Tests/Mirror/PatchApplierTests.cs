using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Mirror;

public sealed class PatchApplierTests
{
    [Fact]
    public void Apply_FailingOpAfterWork_LeavesDumpAndNumberingUnchanged()
    {
        // Arrange
        var tree = new ClientTree();
        PatchApplier.Apply(tree, PageWith(1, 1, Text(3, "a"), Text(4, "b"), Node(5, "row", "controls", Text(6, "c"))));
        var before = tree.Dump();

        // Act
        var rejected = Assert.Throws<PatchRejectedException>(() => PatchApplier.Apply(tree, Batch(1, 2,
            Add(5, "controls", 0, Node(7, "column", null, Text(8, "d"))),
            Set(3, "value", Str("A")),
            Set(4, "value", null),
            Move(3, 5, "controls", 2),
            Remove(5),
            Move(2, 2, "controls", 0))));

        // Assert
        Assert.Equal(before, tree.Dump());
        Assert.Equal((1UL, 1UL), (tree.Epoch, tree.LastAppliedSeq));
        Assert.Null(tree.Find(7));
        Assert.Null(tree.Find(8));
        Assert.Same(tree.Get(5), tree.Get(6).Parent);
        Assert.Equal((PatchErrorKind.Cycle, 5, 1UL, 2UL), (rejected.Kind, rejected.OpIndex, rejected.Epoch, rejected.Seq));
        Assert.Contains("op 5", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_FailingResetBatch_KeepsOldMirrorObjects()
    {
        // Arrange
        var tree = new ClientTree();
        PatchApplier.Apply(tree, PageWith(1, 1, Text(3, "a")));
        var text = tree.Get(3);

        // Act
        Assert.Throws<PatchRejectedException>(() => PatchApplier.Apply(tree, Reset(2, 1, Remove(3))));

        // Assert
        Assert.Same(text, tree.Get(3));
        Assert.Equal(1UL, tree.Epoch);
    }

    [Fact]
    public void Apply_BatchChangedAfterwards_DoesNotReachIntoMirror()
    {
        // Arrange
        var tree = new ClientTree();
        var batch = PageWith(1, 1, Text(3, "a"));

        // Act
        PatchApplier.Apply(tree, batch);
        batch.Ops[0].Add.Node.Children[0].Props[0].Value.StringValue = "changed";

        // Assert
        Assert.Equal("a", tree.Get(3).Text);
    }

    [Fact]
    public void Apply_NewerEpochWithoutReset_IsSequenceError()
    {
        // Arrange
        var tree = new ClientTree();
        PatchApplier.Apply(tree, PageWith(1, 1));

        // Act
        var rejected = Assert.Throws<PatchRejectedException>(() => PatchApplier.Apply(tree, Batch(2, 1)));

        // Assert
        Assert.True(rejected.IsSequenceError);
        Assert.Equal(-1, rejected.OpIndex);
        Assert.Equal("epoch_without_reset", rejected.KindName);
    }

    [Fact]
    public void Apply_RandomBatchesWithInvalidOps_NeverCorruptTheMirror()
    {
        // Arrange: random ops over a small id space, so many of them are invalid in every way the applier checks
        var random = new Random(4242);
        var tree = new ClientTree();
        PatchApplier.Apply(tree, PageWith(1, 1));
        var (applied, rejected) = (0, 0);
        var nextId = 3UL;

        // Act + Assert
        for (var seq = 2UL; applied + rejected < 3000;)
        {
            var ops = new PatchOp[random.Next(1, 4)];
            for (var i = 0; i < ops.Length; i++)
            {
                ops[i] = RandomOp(random, tree, ref nextId);
            }

            var before = tree.Dump();
            try
            {
                PatchApplier.Apply(tree, Batch(1, seq, ops));
                applied++;
                seq++;
            }
            catch (PatchRejectedException)
            {
                rejected++;
                Assert.Equal(before, tree.Dump());
            }

            AssertConsistent(tree);
        }

        Assert.True(applied > 500 && rejected > 500, $"applied {applied}, rejected {rejected}: the mix should exercise both.");
    }

    private static PatchOp RandomOp(Random random, ClientTree tree, ref ulong nextId)
    {
        // Mostly ids that exist and indexes near the slot's end, so that batches apply often enough; sometimes
        // anything, so that every check of the applier fires.
        var existing = tree.All().Select(c => c.Id).ToList();
        var fresh = nextId++;
        ulong Id() => random.Next(5) == 0 ? (ulong)random.Next(1, (int)fresh + 2) : existing[random.Next(existing.Count)];
        ulong NewId() => random.Next(8) == 0 ? Id() : fresh;
        string Slot() => random.Next(3) switch { 0 => "controls", 1 => "content", _ => "actions" };
        uint Index(ulong parent, string slot) => (uint)random.Next(0, (tree.Find(parent)?.Children(slot).Count ?? 0) + 2);
        var (parentId, slot) = (Id(), Slot());
        return random.Next(6) switch
        {
            0 or 1 => Add(parentId, slot, Index(parentId, slot), random.Next(2) == 0
                ? Text(NewId(), "t", Slot())
                : Node(NewId(), "column", null, Text(nextId++, "u", Slot()))),
            2 => Set(Id(), "value", random.Next(2) == 0 ? null : Str("v")),
            3 => Remove(Id()),
            _ => Move(Id(), parentId, slot, Index(parentId, slot)),
        };
    }

    private static void AssertConsistent(ClientTree tree)
    {
        var reachable = tree.All().ToList();
        Assert.Equal(tree.Count, reachable.Count);
        Assert.Equal(reachable.Count, reachable.Select(c => c.Id).Distinct().Count());
        foreach (var control in reachable)
        {
            Assert.Same(control, tree.Find(control.Id));
            foreach (var slot in control.SlotNames)
            {
                Assert.NotEmpty(control.Children(slot));
                Assert.All(control.Children(slot), child => Assert.Equal((control, slot), (child.Parent!, child.Slot!)));
            }
        }
    }
}
