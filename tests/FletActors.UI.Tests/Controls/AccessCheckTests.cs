using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Controls;

public class AccessCheckTests
{
    [Fact]
    public async Task SetProp_FromAnotherThread_ThrowsNamingControlSessionAndFix()
    {
        var session = new MirroredSession(sessionId: "s-42");
        var text = new Text("a");
        session.Turn(() => session.Page.Add(text));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => text.Value = "b"));

        Assert.Contains($"Text#{text.Id}", error.Message, StringComparison.Ordinal);
        Assert.Contains("s-42", error.Message, StringComparison.Ordinal);
        Assert.Contains("page.InvokeAsync", error.Message, StringComparison.Ordinal);
        Assert.Contains("RunTask", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConfigureAwait(false)", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", text.Value);
    }

    [Fact]
    public void ListChange_OutsideAnyTurn_Throws()
    {
        var session = new MirroredSession();
        var column = new Column();
        session.Turn(() => session.Page.Add(column));

        Assert.Throws<InvalidOperationException>(() => column.Controls.Add(new Text("x")));
        Assert.Empty(column.Controls);
    }

    [Fact]
    public async Task Build_DetachedControlsOnAnyThread_Allowed()
    {
        var session = new MirroredSession();

        var built = await Task.Run(() => new Column(new Text("a"), new Text("b")) { Spacing = 4 });
        session.Turn(() => session.Page.Add(built));

        Assert.Equal(2, session.Mirror[built.Id].Children("controls").Count);
    }

    [Fact]
    public void InvokeAsync_FromAnotherThread_RunsAsTurnAndSends()
    {
        var session = new MirroredSession();
        var text = new Text("a");
        session.Turn(() => session.Page.Add(text));

        var done = Task.Run(() => session.Page.InvokeAsync(() => text.Value = "from elsewhere"));
        session.Host.RunUntil(() => done.IsCompleted, TimeSpan.FromSeconds(10));
        session.Deliver();

        Assert.True(done.IsCompletedSuccessfully);
        Assert.Equal("from elsewhere", session.Mirror[text.Id].Props["value"].StringValue);
    }

    [Fact]
    public void Handler_ConfigureAwaitFalse_ChangeAfterAwaitThrows()
    {
        var session = new MirroredSession();
        var text = new Text("a");
        var button = new TextButton("go");
        Exception? seen = null;
        var finished = new TaskCompletionSource();
        session.Turn(() =>
        {
            button.OnClick = async _ =>
            {
                try
                {
                    await Task.Delay(1).ConfigureAwait(false);
                    text.Value = "b";
                }
                catch (InvalidOperationException e)
                {
                    seen = e;
                }

                finished.SetResult();
            };
            session.Page.Add(text, button);
        });

        session.Turn(() => session.Page.DispatchEvent(button.Id, "click", string.Empty));
        session.Host.RunUntil(() => finished.Task.IsCompleted, TimeSpan.FromSeconds(10));

        Assert.IsType<InvalidOperationException>(seen);
        Assert.Equal("a", text.Value);
    }

    [Fact]
    public void Add_ControlOfAnotherSession_Throws()
    {
        var first = new MirroredSession(sessionId: "one");
        var second = new MirroredSession(sessionId: "two");
        var text = new Text("shared");
        first.Turn(() => first.Page.Add(text));

        var error = Assert.Throws<TurnFailedException>(() => second.Host.Turn(() => second.Page.Add(text)));

        Assert.Contains("one", error.InnerException!.Message, StringComparison.Ordinal);
        Assert.Empty(second.Page.Controls);
    }
}
