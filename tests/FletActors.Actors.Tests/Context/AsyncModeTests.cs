using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.Context;

public sealed class AsyncModeTests : ActorTestKit
{
    private sealed record Started(string Name, TimeSpan At);

    private sealed record Finished(string Name, TimeSpan At);

    [Fact]
    public async Task Interleave_TwoHandlersAwaitingOneSecond_BothFinishAfterOneSecond()
    {
        // Arrange
        var probe = CreateTestProbe();
        var actor = Sys.Spawn(SlowHandlers(probe).WithMode(AsyncMode.Interleave));

        // Act
        actor.Tell("A", null);
        actor.Tell("B", null);
        await probe.ExpectMsgAsync<Started>(s => s.Name == "A");
        await probe.ExpectMsgAsync<Started>(s => s.Name == "B");
        Time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(1), (await probe.ExpectMsgAsync<Finished>(f => f.Name == "A")).At);
        Assert.Equal(TimeSpan.FromSeconds(1), (await probe.ExpectMsgAsync<Finished>(f => f.Name == "B")).At);
    }

    [Fact]
    public async Task Suspend_TwoHandlersAwaitingOneSecond_SecondFinishesAfterTwoSeconds()
    {
        // Arrange
        var probe = CreateTestProbe();
        var actor = Sys.Spawn(SlowHandlers(probe).WithMode(AsyncMode.Suspend));

        // Act
        actor.Tell("A", null);
        actor.Tell("B", null);
        await probe.ExpectMsgAsync<Started>(s => s.Name == "A");
        await probe.ExpectNoMsgAsync();
        Time.Advance(TimeSpan.FromSeconds(1));
        var finishedA = await probe.ExpectMsgAsync<Finished>(f => f.Name == "A");
        var startedB = await probe.ExpectMsgAsync<Started>(s => s.Name == "B");
        Time.Advance(TimeSpan.FromSeconds(1));
        var finishedB = await probe.ExpectMsgAsync<Finished>(f => f.Name == "B");

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(1), finishedA.At);
        Assert.Equal(TimeSpan.FromSeconds(1), startedB.At);
        Assert.Equal(TimeSpan.FromSeconds(2), finishedB.At);
    }

    [Theory]
    [InlineData(AsyncMode.Suspend)]
    [InlineData(AsyncMode.Interleave)]
    public async Task ActorContextCurrent_InHandlerAndAfterAwait_IsTheActorAndNullOutside(AsyncMode mode)
    {
        // Arrange
        var probe = CreateTestProbe();
        var actor = Sys.Spawn(LambdaActor.Props(async (self, _) =>
        {
            var before = ReferenceEquals(ActorContext.Current, self.Ctx);
            await Task.Delay(TimeSpan.FromMilliseconds(10), self.Ctx.TimeProvider);
            var after = ReferenceEquals(ActorContext.Current, self.Ctx);
            probe.Ref.Tell((before, after), null);
        }).WithMode(mode));

        // Act
        actor.Tell("go", null);
        await AwaitConditionAsync(() => Time.ArmedTimerCount > 0);
        Time.Advance(TimeSpan.FromMilliseconds(10));

        // Assert
        Assert.Equal((true, true), await probe.ExpectMsgAsync<(bool, bool)>());
        Assert.Null(ActorContext.Current);
    }

    [Theory]
    [InlineData(AsyncMode.Suspend)]
    [InlineData(AsyncMode.Interleave)]
    public async Task Sender_AfterAwait_IsTheSenderOfTheAwaitingHandler(AsyncMode mode)
    {
        // Arrange
        var first = CreateTestProbe("first");
        var second = CreateTestProbe("second");
        var actor = Sys.Spawn(LambdaActor.Props(async (self, message) =>
        {
            if (message is "slow")
            {
                await Task.Delay(TimeSpan.FromSeconds(1), self.Ctx.TimeProvider);
            }

            self.CurrentSender!.Tell(message, null);
        }).WithMode(mode));

        // Act
        first.Send(actor, "slow");
        await AwaitConditionAsync(() => Time.ArmedTimerCount > 0);
        second.Send(actor, "fast");
        if (mode == AsyncMode.Interleave)
        {
            await second.ExpectMsgAsync("fast");
        }

        Time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        await first.ExpectMsgAsync("slow");
        if (mode == AsyncMode.Suspend)
        {
            await second.ExpectMsgAsync("fast");
        }
    }

    private Props SlowHandlers(TestProbe probe) => LambdaActor.Props(async (self, message) =>
    {
        var name = (string)message;
        probe.Ref.Tell(new Started(name, Time.Elapsed), null);
        await Task.Delay(TimeSpan.FromSeconds(1), self.Ctx.TimeProvider);
        probe.Ref.Tell(new Finished(name, Time.Elapsed), null);
    });
}
