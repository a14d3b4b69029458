using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.DeathWatch;

public sealed class DeathWatchTests : ActorTestKit
{
    [Fact]
    public async Task Watch_TwiceThenTargetStops_DeliversTerminatedExactlyOnce()
    {
        // Arrange
        var probe = CreateTestProbe();
        var target = Sys.Spawn(Props.Create<EchoActor>());
        var watcher = Sys.Spawn(WatcherProps(probe, target, times: 2));
        await probe.ExpectMsgAsync("watching");

        // Act
        Sys.Stop(target);

        // Assert
        var terminated = await probe.ExpectMsgAsync<Terminated>();
        Assert.Equal(target, terminated.ActorRef);
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
        Assert.NotNull(watcher);
    }

    [Fact]
    public async Task Watch_TargetAlreadyDead_DeliversTerminatedExactlyOnce()
    {
        // Arrange
        var probe = CreateTestProbe();
        var target = Sys.Spawn(Props.Create<EchoActor>());
        probe.Watch(target);
        Sys.Stop(target);
        await probe.ExpectTerminatedAsync(target);

        // Act
        Sys.Spawn(WatcherProps(probe, target, times: 2));

        // Assert
        await probe.ExpectMsgAsync("watching");
        Assert.Equal(target, (await probe.ExpectMsgAsync<Terminated>()).ActorRef);
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Watch_GrandchildWhenParentStops_DeliversTerminatedAfterTheCascade()
    {
        // Arrange
        var probe = CreateTestProbe();
        var parent = Sys.Spawn(LambdaActor.Props((self, message) =>
        {
            var child = self.Ctx.Spawn(LambdaActor.Props((child, _) =>
                child.CurrentSender!.Tell(child.Ctx.Spawn(Props.Create<EchoActor>(), "grandchild"), null)), "child");
            child.Forward(message);
        }), "parent");
        probe.Send(parent, "spawn");
        var grandchild = await probe.ExpectMsgAsync<IActorRef>();
        probe.Watch(grandchild);
        probe.Watch(parent);

        // Act
        Sys.Stop(parent);

        // Assert
        Assert.Equal("fletactors://test/user/parent/child/grandchild", grandchild.Path.ToString());
        await probe.ExpectTerminatedAsync(grandchild);
        await probe.ExpectTerminatedAsync(parent);
    }

    [Fact]
    public async Task Unwatch_BeforeTargetStops_NoTerminated()
    {
        // Arrange
        var probe = CreateTestProbe();
        var target = Sys.Spawn(Props.Create<EchoActor>());
        var watcher = Sys.Spawn(LambdaActor.Props((self, message) =>
        {
            switch (message)
            {
                case "watch":
                    self.Ctx.Watch(target);
                    break;
                case "unwatch":
                    self.Ctx.Unwatch(target);
                    probe.Ref.Tell("unwatched", null);
                    break;
                case Terminated terminated:
                    probe.Ref.Tell(terminated, null);
                    break;
            }
        }));
        watcher.Tell("watch", null);
        watcher.Tell("unwatch", null);
        await probe.ExpectMsgAsync("unwatched");

        // Act
        Sys.Stop(target);

        // Assert
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task PoisonPill_AfterQueuedMessages_StopsAfterHandlingThem()
    {
        // Arrange
        var probe = CreateTestProbe();
        var echo = Sys.Spawn(Props.Create<EchoActor>());
        probe.Watch(echo);

        // Act
        probe.Send(echo, 1);
        probe.Send(echo, PoisonPill.Instance);
        probe.Send(echo, 2);

        // Assert
        await probe.ExpectMsgAsync(1);
        await probe.ExpectTerminatedAsync(echo);
        await AwaitConditionAsync(() => Sys.DeadLetters.Count == 1, message: "the message after the pill is a dead letter");
    }

    private static Props WatcherProps(TestProbe probe, IActorRef target, int times) => Props.Create(() =>
        new LambdaActor((_, message) =>
        {
            if (message is Terminated terminated)
            {
                probe.Ref.Tell(terminated, null);
            }

            return Task.CompletedTask;
        })
        {
            OnPreStart = self =>
            {
                for (var i = 0; i < times; i++)
                {
                    self.Ctx.Watch(target);
                }

                probe.Ref.Tell("watching", null);
            },
        });
}
