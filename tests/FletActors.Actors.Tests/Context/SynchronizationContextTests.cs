using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.Context;

public sealed class SynchronizationContextTests : ActorTestKit
{
    private sealed record GetContext;

    [Theory]
    [InlineData(AsyncMode.Suspend)]
    [InlineData(AsyncMode.Interleave)]
    public async Task Post_FromOtherThread_RunsAsTurnOfTheActor(AsyncMode mode)
    {
        // Arrange
        var (actor, context) = await SpawnAndGetContext(mode);
        var probe = CreateTestProbe();

        // Act
        await Task.Run(() => context.SynchronizationContext.Post(
            _ => probe.Ref.Tell(ReferenceEquals(ActorContext.Current, context), null), null));

        // Assert
        Assert.True(await probe.ExpectMsgAsync<bool>());
        Assert.NotNull(actor);
    }

    [Fact]
    public async Task Send_OutsideTheTurn_ThrowsInsteadOfBlocking()
    {
        // Arrange
        var (_, context) = await SpawnAndGetContext(AsyncMode.Interleave);

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => context.SynchronizationContext.Send(_ => { }, null));

        // Assert
        Assert.Contains("outside that actor's turn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_InsideTheTurn_RunsInline()
    {
        // Arrange
        var probe = CreateTestProbe();
        var actor = Sys.Spawn(LambdaActor.Props((self, _) =>
        {
            var ranInline = false;
            self.Ctx.SynchronizationContext.Send(_ => ranInline = true, null);
            probe.Ref.Tell(ranInline, null);
        }));

        // Act
        actor.Tell("go", null);

        // Assert
        Assert.True(await probe.ExpectMsgAsync<bool>());
    }

    [Fact]
    public async Task Post_AfterTheActorStopped_GoesToDeadLettersAndNeverRuns()
    {
        // Arrange
        var (actor, context) = await SpawnAndGetContext(AsyncMode.Interleave);
        var watcher = CreateTestProbe();
        watcher.Watch(actor);
        Sys.Stop(actor);
        await watcher.ExpectTerminatedAsync(actor);
        var ran = false;

        // Act
        context.SynchronizationContext.Post(_ => ran = true, null);

        // Assert
        await AwaitConditionAsync(() => Sys.DeadLetters.Count == 1);
        Assert.False(ran);
    }

    [Theory]
    [InlineData(AsyncMode.Suspend)]
    [InlineData(AsyncMode.Interleave)]
    public async Task AsyncVoidThrowingAfterAwait_IsAFailureOfTheActor(AsyncMode mode)
    {
        // Arrange
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(exception =>
        {
            probe.Ref.Tell(exception.Message, null);
            return Directive.Resume;
        });
        var parent = Sys.Spawn(LambdaActor.Props((self, message) =>
        {
            var child = self.Ctx.Spawn(LambdaActor.Props((child, _) => ThrowLater(child.Ctx.TimeProvider)).WithMode(mode));
            child.Tell(message, null);
        }).WithSupervisorStrategy(strategy));

        // Act
        parent.Tell("go", null);
        await AwaitConditionAsync(() => Time.ArmedTimerCount > 0);
        Time.Advance(TimeSpan.FromMilliseconds(5));

        // Assert
        Assert.Equal("async void failed", await probe.ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Interleave_HandlerFaultingAfterAwait_IsAFailureOfTheActor()
    {
        // Arrange
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(exception =>
        {
            probe.Ref.Tell(exception.Message, null);
            return Directive.Resume;
        });
        var parent = Sys.Spawn(LambdaActor.Props((self, message) =>
        {
            var child = self.Ctx.Spawn(LambdaActor.Props(async (child, _) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), child.Ctx.TimeProvider);
                throw new InvalidOperationException("faulted after await");
            }).WithMode(AsyncMode.Interleave));
            child.Tell(message, null);
        }).WithSupervisorStrategy(strategy));

        // Act
        parent.Tell("go", null);
        await AwaitConditionAsync(() => Time.ArmedTimerCount > 0);
        Time.Advance(TimeSpan.FromMilliseconds(5));

        // Assert
        Assert.Equal("faulted after await", await probe.ExpectMsgAsync<string>());
    }

    private static Task ThrowLater(TimeProvider time)
    {
        Fire(time);
        return Task.CompletedTask;

        static async void Fire(TimeProvider time)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), time);
            throw new InvalidOperationException("async void failed");
        }
    }

    private async Task<(IActorRef Actor, IActorContext Context)> SpawnAndGetContext(AsyncMode mode)
    {
        var actor = Sys.Spawn(LambdaActor.Props((self, _) => self.CurrentSender!.Tell(self.Ctx, null)).WithMode(mode));
        var context = await actor.Ask<IActorContext>(new GetContext());
        return (actor, context);
    }
}
