using FletActors.Protocol.V1;

namespace FletActors.Client.Tests.Mirror;

public sealed class PatchCaseTests
{
    public static TheoryData<string> CaseFiles() => new(PatchCase.FileNames());

    [Fact]
    public void PatchCases_Directory_HoldsTheSharedCases()
    {
        // Guards the theory below against an empty or missing copy of tests/patch-cases.
        Assert.True(PatchCase.FileNames().Count() >= 40, $"Too few patch cases in {PatchCase.Directory}.");
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void PatchCase_AppliedInOrder_GivesExpectedOutcomesAndTree(string fileName)
    {
        // Arrange
        var patchCase = PatchCase.Load(fileName);
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), patchCase.Name);
        Assert.Equal(patchCase.Batches.Count, patchCase.ExpectedOutcomes.Count);
        var tree = new ClientTree();
        if (patchCase.Initial is { } initial)
        {
            Assert.Equal(BatchOutcome.Applied, PatchApplier.Apply(tree, CompactTree.SeedBatch(initial.Tree, initial.Epoch, initial.Seq)));
            Assert.Equal(CompactTree.Dump(initial.Tree), tree.Dump());
        }

        // Act
        var outcomes = new List<string>();
        int? errorOp = null;
        foreach (var batch in patchCase.Batches)
        {
            var before = tree.Dump();
            var (epochBefore, seqBefore) = (tree.Epoch, tree.LastAppliedSeq);
            try
            {
                outcomes.Add(OutcomeName(PatchApplier.Apply(tree, batch)));
            }
            catch (PatchRejectedException rejected)
            {
                outcomes.Add(rejected.KindName);
                errorOp = rejected.OpIndex;
                Assert.Equal(before, tree.Dump());
                Assert.Equal((epochBefore, seqBefore), (tree.Epoch, tree.LastAppliedSeq));
                break;
            }

            if (outcomes[^1] != "applied")
            {
                Assert.Equal(before, tree.Dump());
            }
        }

        // Assert
        Assert.Equal(patchCase.ExpectedOutcomes, outcomes);
        Assert.Equal(patchCase.ExpectedErrorOp, errorOp);
        Assert.Equal(CompactTree.Dump(patchCase.ExpectedTree), tree.Dump());
        Assert.Equal(patchCase.ExpectedEpoch, tree.Epoch);
        Assert.Equal(patchCase.ExpectedSeq, tree.LastAppliedSeq);
    }

    private static string OutcomeName(BatchOutcome outcome) => outcome switch
    {
        BatchOutcome.Applied => "applied",
        BatchOutcome.StaleEpochIgnored => "stale_epoch_ignored",
        BatchOutcome.DuplicateIgnored => "duplicate_ignored",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
