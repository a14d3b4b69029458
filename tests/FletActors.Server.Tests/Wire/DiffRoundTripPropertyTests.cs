using FletActors.Client;
using FletActors.Server.Tests.Support;
using FletActors.Sessions.Wire;
using FletActors.UI.Diffing;
using FsCheck;
using FsCheck.Fluent;
using UiPatchBatch = FletActors.UI.Patching.PatchBatch;

namespace FletActors.Server.Tests.Wire;

public sealed class DiffRoundTripPropertyTests
{
    [Fact]
    public void DiffEncodeApply_RandomTreesAndEdits_MirrorEqualsTheServerTree()
    {
        var command = Gen.ArrayOf(Gen.Choose(0, 10_000), 3);
        var flush = Gen.ListOf(command).Select(c => c.Take(10).ToArray());
        var script = Gen.ListOf(flush).Select(f => f.Take(8).ToArray()).ToArbitrary();

        Prop.ForAll(script, RoundTrips)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    private static bool RoundTrips(int[][][] script)
    {
        // Arrange: the first group of edits builds tree a; each later group edits it into the next tree b
        var host = new SyncPageHost();
        var editor = new TreeEditor(host.Page);
        var mirror = new ClientTree();
        var seq = 0UL;

        for (var round = 0; round < script.Length + 1; round++)
        {
            // Act
            foreach (var edit in round == 0 ? [] : script[round - 1])
            {
                editor.Apply(edit);
            }

            if (round == 0)
            {
                host.Page.SendReset();
            }
            else
            {
                host.Page.Flush();
            }

            foreach (var batch in host.Batches)
            {
                PatchApplier.Apply(mirror, PatchEncoder.Encode(batch, 1, ++seq));
            }

            host.Batches.Clear();

            // Assert
            var expected = ServerTreeAsMirror(host.Page);
            if (mirror.Dump() != expected)
            {
                throw new InvalidOperationException($"After round {round} the mirror holds\n{mirror.Dump()}\nbut the page is\n{expected}");
            }
        }

        return true;
    }

    /// <summary>The server's tree, encoded and applied as one reset batch to a fresh mirror.</summary>
    private static string ServerTreeAsMirror(Page page)
    {
        var fresh = new ClientTree();
        PatchApplier.Apply(fresh, PatchEncoder.Encode(new UiPatchBatch(Reset: true, FullSnapshot.Ops(page)), 1, 1));
        return fresh.Dump();
    }
}
