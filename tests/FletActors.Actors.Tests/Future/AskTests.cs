using FletActors.Actors.TestKit;
using FletActors.Actors.Tests.Support;

namespace FletActors.Actors.Tests.Future;

public sealed class AskTests : ActorTestKit
{
    private sealed record Question(int Value);

    [Fact]
    public async Task Ask_ActorReplies_ReturnsTheReply()
    {
        // Arrange
        var echo = Sys.Spawn(Props.Create<EchoActor>());

        // Act
        var reply = await echo.Ask<Question>(new Question(42));

        // Assert
        Assert.Equal(new Question(42), reply);
    }

    [Fact]
    public async Task Ask_NoReplyWithinTimeout_ThrowsNamingTargetAndMessageType()
    {
        // Arrange
        var silent = Sys.Spawn(LambdaActor.Props((_, _) => { }), "silent");

        // Act
        var ask = silent.Ask<int>(new Question(1), TimeSpan.FromSeconds(2));
        Time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(ask.IsCompleted);
        Time.Advance(TimeSpan.FromMilliseconds(1));

        // Assert
        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => ask);
        Assert.Contains("/user/silent", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Question), error.Message, StringComparison.Ordinal);
        Assert.Equal(silent, error.Target);
    }

    [Fact]
    public async Task Ask_StoppedActor_FailsFastWithoutWaitingForTheTimeout()
    {
        // Arrange
        var echo = Sys.Spawn(Props.Create<EchoActor>(), "gone");
        var probe = CreateTestProbe();
        probe.Watch(echo);
        Sys.Stop(echo);
        await probe.ExpectTerminatedAsync(echo);

        // Act
        var error = await Assert.ThrowsAsync<ActorTerminatedException>(() => echo.Ask<Question>(new Question(1)));

        // Assert
        Assert.Contains("/user/gone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ActorStopsWithTheQuestionQueued_FailsFast()
    {
        // Arrange: the question is enqueued before the stop is processed, then drained to dead letters.
        var gate = new TaskCompletionSource();
        var busy = Sys.Spawn(LambdaActor.Props(async (_, message) =>
        {
            if (message is "block")
            {
                await gate.Task;
            }
        }));
        busy.Tell("block", null);
        var ask = busy.Ask<Question>(new Question(1), TimeSpan.FromDays(1));

        // Act
        Sys.Stop(busy);

        // Assert
        await Assert.ThrowsAsync<ActorTerminatedException>(() => ask.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Ask_StatusFailureReply_ThrowsItsCause()
    {
        // Arrange
        var failing = Sys.Spawn(LambdaActor.Props((self, _) =>
            self.CurrentSender!.Tell(new StatusFailure(new FormatException("bad question")), null)));

        // Act
        var error = await Assert.ThrowsAsync<FormatException>(() => failing.Ask<int>(new Question(1)));

        // Assert
        Assert.Equal("bad question", error.Message);
    }

    [Fact]
    public async Task Ask_FromInsideAnActor_ContinuesInThatActor()
    {
        // Arrange
        var echo = Sys.Spawn(Props.Create<EchoActor>());
        var probe = CreateTestProbe();
        var asker = Sys.Spawn(LambdaActor.Props(async (self, _) =>
        {
            var reply = await echo.Ask<Question>(new Question(7));
            probe.Ref.Tell((reply.Value, ReferenceEquals(ActorContext.Current, self.Ctx)), null);
        }));

        // Act
        asker.Tell("go", null);

        // Assert
        Assert.Equal((7, true), await probe.ExpectMsgAsync<(int, bool)>());
    }

    [Fact]
    public async Task Forward_ThroughAnIntermediary_KeepsTheOriginalSender()
    {
        // Arrange
        var echo = Sys.Spawn(Props.Create<EchoActor>());
        var forwarder = Sys.Spawn(LambdaActor.Props((_, message) => echo.Forward(message)));
        var probe = CreateTestProbe();

        // Act
        probe.Send(forwarder, new Question(3));

        // Assert
        await probe.ExpectMsgAsync(new Question(3));
        Assert.Equal(echo, probe.LastSender);
    }

    [Fact]
    public void Forward_OutsideAnActor_ThrowsAClearError()
    {
        // Arrange
        var echo = Sys.Spawn(Props.Create<EchoActor>());

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => echo.Forward("x"));

        // Assert
        Assert.Contains("inside an actor's turn", error.Message, StringComparison.Ordinal);
    }
}
