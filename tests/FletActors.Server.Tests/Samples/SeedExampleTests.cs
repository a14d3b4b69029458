using FletActors.Samples.Apps;
using FletActors.Protocol.V1;
using FletActors.Server.Tests.Support;

namespace FletActors.Server.Tests.Samples;

public sealed class SeedExampleTests : VirtualTimeTestKit
{
    [Fact]
    public async Task HelloAsync_AsyncMain_GreetsAfterItsDelayNotBefore()
    {
        // Arrange
        await using var harness = SessionHarness.For(HelloAsync.Main, system: Sys);
        var client = await harness.ConnectAsync();

        // Act
        Scheduler.Advance(TimeSpan.FromMilliseconds(990));
        await client.SettleAsync();
        var early = client.Texts();
        Scheduler.Advance(TimeSpan.FromMilliseconds(10));

        // Assert
        Assert.Empty(early);
        await client.WaitForTextAsync("Hello, async world!");
    }

    [Fact]
    public async Task ResizeReporter_SyncResizeHandler_SeesTheNewWindowSize()
    {
        // Arrange
        await using var harness = SessionHarness.For(ResizeReporter.Main);
        var client = await harness.ConnectAsync();

        // Act
        await client.SendAsync(c => c.ResizeAsync(1024, 768));

        // Assert
        await client.WaitForTextAsync("New page size: 1024 x 768");
    }

    [Fact]
    public async Task KeyboardReporter_KeysWithModifiers_ShowsTheLastKeyAndItsModifiers()
    {
        // Arrange
        await using var harness = SessionHarness.For(KeyboardReporter.Main);
        var client = await harness.ConnectAsync();

        // Act
        await client.SendAsync(c => c.PressKeyAsync("A", FletActors.Client.KeyModifiers.Ctrl | FletActors.Client.KeyModifiers.Shift));
        await client.WaitForTextAsync("Key: A, Shift: True, Control: True, Alt: False, Meta: False");
        await client.SendAsync(c => c.PressKeyAsync("Arrow Down", FletActors.Client.KeyModifiers.Alt));

        // Assert
        await client.WaitForTextAsync("Key: Arrow Down, Shift: False, Control: False, Alt: True, Meta: False");
    }

    [Fact]
    public async Task DelayedHello_TwoClicks100MsApart_TwoHellosAboutOneSecondAfterEachClick()
    {
        // Arrange
        await using var harness = SessionHarness.For(DelayedHello.Main, system: Sys);
        var client = await harness.ConnectAsync();

        // Act: clicks at 0 s and 0.1 s of virtual time
        await client.ClickAsync("Say hello with delay!");
        await client.SettleAsync();
        Scheduler.Advance(TimeSpan.FromMilliseconds(100));
        await client.ClickAsync("Say hello with delay!");
        await client.SettleAsync();
        var hellos = new List<int>();
        foreach (var step in new[] { 890, 10, 100 })
        {
            Scheduler.Advance(TimeSpan.FromMilliseconds(step));
            await client.SettleAsync();
            hellos.Add(client.Texts().Count(t => t == "Hello!"));
        }

        // Assert: none at 0.99 s, one at 1.0 s, both at 1.1 s (not 2 s: the handlers interleave at their awaits)
        Assert.Equal([0, 1, 2], hellos);
    }

    [Fact]
    public async Task ErrorReporter_ClientReportsError_OnErrorReceivesItsMessage()
    {
        // Arrange
        await using var harness = SessionHarness.For(ErrorReporter.Main);
        var client = await harness.ConnectAsync();

        // Act
        await client.SendAsync(c => c.ReportErrorAsync("image failed to load"));

        // Assert
        await client.WaitForTextAsync("Page error: image failed to load");
    }

    [Fact]
    public async Task Countdowns_TwoCountdowns_TickOncePerSecond()
    {
        // Arrange
        await using var harness = SessionHarness.For(Countdowns.Main, system: Sys);
        var client = await harness.ConnectAsync();
        await client.SettleAsync();
        var seen = new List<string> { string.Join(" ", client.Texts()) };

        // Act
        for (var second = 0; second < 3; second++)
        {
            Scheduler.Advance(TimeSpan.FromSeconds(1));
            await client.SettleAsync();
            seen.Add(string.Join(" ", client.Texts()));
        }

        // Assert
        Assert.Equal(["02:00 01:00", "01:59 00:59", "01:58 00:58", "01:57 00:57"], seen);
    }

    [Fact]
    public async Task Countdowns_OneRemoved_ItsTaskStopsAndNoMorePatchesNameIt()
    {
        // Arrange
        await using var harness = SessionHarness.For(Countdowns.Main, system: Sys);
        var client = await harness.ConnectAsync();
        await client.SettleAsync();
        var removedId = client.IdOf("02:00");
        var keptId = client.IdOf("01:00");

        // Act
        await client.ClickAsync("Remove a countdown");
        await client.SettleAsync();
        var sentBefore = client.Connector.Current.SentMessages.Count;
        for (var second = 0; second < 3; second++)
        {
            Scheduler.Advance(TimeSpan.FromSeconds(1));
            await client.SettleAsync();
        }

        // Assert
        var later = client.Connector.Current.SentMessages.Skip(sentBefore).Where(m => m.Patch is not null).SelectMany(m => m.Patch.Ops).ToList();
        Assert.Null(client.Client.Inspect(t => t.Find(removedId)));
        Assert.Equal(["00:57"], client.Texts());
        Assert.All(later, op => Assert.NotEqual(removedId, op.Set?.ControlId ?? op.Remove?.ControlId ?? op.Move?.ControlId ?? 0));
        Assert.Contains(later, op => op.KindCase == PatchOp.KindOneofCase.Set && op.Set.ControlId == keptId);
    }
}
