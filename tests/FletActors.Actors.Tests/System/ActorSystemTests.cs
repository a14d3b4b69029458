using System.Collections.Concurrent;
using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.System;

public sealed class ActorSystemTests : ActorTestKit
{
    [Fact]
    public async Task ShutdownAsync_Tree_StopsChildrenBeforeParentsAndCompletes()
    {
        // Arrange
        var started = 0;
        var stopped = new ConcurrentQueue<string>();
        Props Node(int depth) => Props.Create(() => new LambdaActor((_, _) => Task.CompletedTask)
        {
            OnPreStart = self =>
            {
                Interlocked.Increment(ref started);
                if (depth < 2)
                {
                    self.Ctx.Spawn(Node(depth + 1), "a");
                    self.Ctx.Spawn(Node(depth + 1), "b");
                }
            },
            OnPostStop = self => stopped.Enqueue(self.Ctx.Self.Path.ToString()),
        });
        Sys.Spawn(Node(0), "root1");
        Sys.Spawn(Node(0), "root2");
        await AwaitConditionAsync(() => Volatile.Read(ref started) == 14, message: "the two trees are started");

        // Act
        await Sys.ShutdownAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        var order = stopped.ToList();
        Assert.Equal(14, order.Count);
        foreach (var path in order)
        {
            var parent = path[..path.LastIndexOf('/')];
            var parentIndex = order.IndexOf(parent);
            Assert.True(parentIndex < 0 || parentIndex > order.IndexOf(path), $"{parent} stopped before its child {path}");
        }

        Assert.True(Sys.WhenTerminated.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Spawn_AfterShutdown_ThrowsClearError()
    {
        // Arrange
        await Sys.ShutdownAsync();

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => Sys.Spawn(Props.Create<EchoActor>(), "late"));

        // Assert
        Assert.Contains("stopping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spawn_DuplicateName_ThrowsNamingTheActor()
    {
        // Arrange
        Sys.Spawn(Props.Create<EchoActor>(), "twin");

        // Act
        var error = Assert.Throws<InvalidActorNameException>(() => Sys.Spawn(Props.Create<EchoActor>(), "twin"));

        // Assert
        Assert.Contains("'twin' already exists under 'fletactors://test/user'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("$reserved")]
    [InlineData("with space")]
    public void Spawn_MalformedName_Throws(string name)
    {
        // Act
        var error = Assert.Throws<InvalidActorNameException>(() => Sys.Spawn(Props.Create<EchoActor>(), name));

        // Assert
        Assert.Contains("not a valid actor name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tell_Null_ThrowsNamingTheTarget()
    {
        // Arrange
        var echo = Sys.Spawn(Props.Create<EchoActor>(), "target");

        // Act
        var error = Assert.Throws<ArgumentNullException>(() => echo.Tell(null!, null));

        // Assert
        Assert.Contains("/user/target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorCreatedWithNew_ThrowsClearError()
    {
        // Act
        var error = Assert.Throws<InvalidOperationException>(() => new EchoActor());

        // Assert
        Assert.Contains("Props.Create<EchoActor>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tell_StoppedActor_GoesToDeadLettersAndSubscribers()
    {
        // Arrange
        var probe = CreateTestProbe();
        var echo = Sys.Spawn(Props.Create<EchoActor>(), "dead");
        probe.Watch(echo);
        Sys.Stop(echo);
        await probe.ExpectTerminatedAsync(echo);
        using var subscription = Sys.DeadLetters.Subscribe(probe.Ref);

        // Act
        echo.Tell("hello?", null);

        // Assert
        var letter = await probe.ExpectMsgAsync<DeadLetter>();
        Assert.Equal("hello?", letter.Message);
        Assert.Equal(echo, letter.Recipient);
        Assert.Equal(1, Sys.DeadLetters.Count);
    }

    [Fact]
    public async Task Refs_SameActor_AreEqualAndReusedNameIsNot()
    {
        // Arrange
        var first = Sys.Spawn(LambdaActor.Props((self, _) => self.CurrentSender!.Tell(self.Ctx.Self, null)), "name");
        var viaReply = await first.Ask<IActorRef>("who are you?");
        var probe = CreateTestProbe();
        probe.Watch(first);
        Sys.Stop(first);
        await probe.ExpectTerminatedAsync(first);

        // Act
        var second = Sys.Spawn(Props.Create<EchoActor>(), "name");

        // Assert
        Assert.Equal(first, viaReply);
        Assert.Equal(first.GetHashCode(), viaReply.GetHashCode());
        Assert.NotEqual(first, second);
        Assert.Equal("name", second.Name);
    }

    [Fact]
    public void Options_Invalid_ThrowNamingTheOption()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() =>
            new ActorSystem("bad", options: new ActorSystemOptions { TimerWheelSize = 1000 }));

        // Assert
        Assert.Contains("TimerWheelSize", error.Message, StringComparison.Ordinal);
    }
}
