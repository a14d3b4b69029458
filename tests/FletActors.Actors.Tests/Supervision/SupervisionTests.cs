using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.Supervision;

public sealed class SupervisionTests : ActorTestKit
{
    private sealed record Boom(string Why);

    private sealed record GetState;

    [Fact]
    public async Task Resume_AfterFailure_KeepsStateAndMailboxAndDropsTheFailingMessage()
    {
        // Arrange
        var probe = CreateTestProbe();
        var child = await SpawnChild(probe, _ => Directive.Resume);

        // Act
        child.Tell(1, null);
        child.Tell(new Boom("x"), null);
        child.Tell(2, null);
        probe.Send(child, new GetState());

        // Assert
        Assert.Equal(3, await probe.ExpectMsgAsync<int>());
        await probe.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Restart_AfterFailure_RunsHooksResetsStateAndKeepsTheMailbox()
    {
        // Arrange
        var probe = CreateTestProbe();
        var child = await SpawnChild(probe, _ => Directive.Restart);

        // Act
        child.Tell(5, null);
        child.Tell(new Boom("restart me"), null);
        child.Tell(2, null);
        probe.Send(child, new GetState());

        // Assert
        Assert.Equal("PreRestart restart me Boom", await probe.ExpectMsgAsync<string>());
        Assert.Equal("PostStop", await probe.ExpectMsgAsync<string>());
        Assert.Equal("PostRestart restart me", await probe.ExpectMsgAsync<string>());
        Assert.Equal("PreStart", await probe.ExpectMsgAsync<string>());
        Assert.Equal(2, await probe.ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Stop_AfterFailure_StopsTheChild()
    {
        // Arrange
        var probe = CreateTestProbe();
        var child = await SpawnChild(probe, _ => Directive.Stop);
        probe.Watch(child);

        // Act
        child.Tell(new Boom("stop me"), null);

        // Assert
        Assert.Equal("PostStop", await probe.ExpectMsgAsync<string>());
        await probe.ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task Escalate_FromChild_LetsTheGrandparentDecide()
    {
        // Arrange
        var probe = CreateTestProbe();
        var escalate = new OneForOneStrategy(_ => Directive.Escalate);
        var grandparentStrategy = new OneForOneStrategy(exception =>
        {
            probe.Ref.Tell("grandparent decides " + exception.Message, null);
            return Directive.Stop;
        });
        var grandparent = Sys.Spawn(LambdaActor.Props((self, message) =>
        {
            var parent = self.Ctx.Spawn(LambdaActor.Props((parent, m) =>
            {
                parent.Ctx.Spawn(LambdaActor.Props((_, _) => throw new InvalidOperationException("deep"))).Tell(m, null);
            }).WithSupervisorStrategy(escalate), "parent");
            probe.Ref.Tell(parent, null);
            parent.Tell(message, null);
        }).WithSupervisorStrategy(grandparentStrategy));
        grandparent.Tell("go", null);
        var parent = await probe.ExpectMsgAsync<IActorRef>();
        probe.Watch(parent);

        // Act: the failure travels child -> parent (escalate) -> grandparent (stop the parent).

        // Assert
        Assert.Equal("grandparent decides deep", await probe.ExpectMsgAsync<string>());
        await probe.ExpectTerminatedAsync(parent);
    }

    [Fact]
    public async Task Restart_BeyondTheLimitWithinTheWindow_StopsTheChild()
    {
        // Arrange
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart) { LogFailures = false };
        var child = await SpawnChild(probe, strategy, reportHooks: false);
        probe.Watch(child);

        // Act
        child.Tell(new Boom("1"), null);
        child.Tell(new Boom("2"), null);
        child.Tell(new Boom("3"), null);

        // Assert
        await probe.ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task Restart_LimitWindowElapsed_CountsAgain()
    {
        // Arrange
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(1, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        var child = await SpawnChild(probe, strategy, reportHooks: false);
        probe.Watch(child);

        // Act
        child.Tell(new Boom("1"), null);
        probe.Send(child, new GetState());
        Assert.Equal(0, await probe.ExpectMsgAsync<int>());
        Time.Advance(TimeSpan.FromMinutes(2));
        child.Tell(new Boom("2"), null);
        probe.Send(child, new GetState());

        // Assert
        Assert.Equal(0, await probe.ExpectMsgAsync<int>());
        await probe.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task PreStartThrows_DefaultStrategy_StopsTheActor()
    {
        // Arrange
        var probe = CreateTestProbe();
        var props = Props.Create(() => new LambdaActor((_, _) => Task.CompletedTask)
        {
            OnPreStart = _ => throw new InvalidOperationException("cannot start"),
        });

        // Act
        var actor = Sys.Spawn(props);
        probe.Watch(actor);

        // Assert
        await probe.ExpectTerminatedAsync(actor);
    }

    [Fact]
    public async Task StrategyOverriddenByActor_WinsOverProps()
    {
        // Arrange
        var probe = CreateTestProbe();
        var parent = Sys.Spawn(Props.Create(() => new LambdaActor((self, message) =>
        {
            var child = self.Ctx.Spawn(LambdaActor.Props((_, _) => throw new InvalidOperationException("x")));
            child.Tell(message, null);
            return Task.CompletedTask;
        })
        {
            ChildStrategy = new OneForOneStrategy(_ =>
            {
                probe.Ref.Tell("actor strategy", null);
                return Directive.Resume;
            }),
        }).WithSupervisorStrategy(new OneForOneStrategy(_ =>
        {
            probe.Ref.Tell("props strategy", null);
            return Directive.Resume;
        })));

        // Act
        parent.Tell("go", null);

        // Assert
        Assert.Equal("actor strategy", await probe.ExpectMsgAsync<string>());
    }

    private Task<IActorRef> SpawnChild(TestProbe probe, Func<Exception, Directive> decide) =>
        SpawnChild(probe, new OneForOneStrategy(decide), reportHooks: true);

    private async Task<IActorRef> SpawnChild(TestProbe probe, SupervisorStrategy strategy, bool reportHooks)
    {
        var childProps = Props.Create(() => new LambdaActor((self, message) =>
        {
            switch (message)
            {
                case int n:
                    self.State += n;
                    break;
                case Boom boom:
                    throw new InvalidOperationException(boom.Why);
                case GetState:
                    self.CurrentSender!.Tell(self.State, null);
                    break;
            }

            return Task.CompletedTask;
        })
        {
            OnPreStart = _ => Report("PreStart"),
            OnPostStop = _ => Report("PostStop"),
            OnPreRestart = (_, reason, message) => Report($"PreRestart {reason.Message} {message?.GetType().Name}"),
            OnPostRestart = (_, reason) => Report("PostRestart " + reason.Message),
        });
        var parent = Sys.Spawn(LambdaActor.Props((self, _) =>
            self.CurrentSender!.Tell(self.Ctx.Spawn(childProps, "child"), null)).WithSupervisorStrategy(strategy));
        var child = await parent.Ask<IActorRef>("spawn");
        if (reportHooks)
        {
            Assert.Equal("PreStart", await probe.ExpectMsgAsync<string>());
        }

        return child;

        void Report(string hook)
        {
            if (reportHooks)
            {
                probe.Ref.Tell(hook, null);
            }
        }
    }
}
