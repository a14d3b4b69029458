using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Samples;

/// <summary>The examples of Flet's async apps page (docs/architecture.md, What an app author writes), written exactly as an app author would, compile and behave.</summary>
public class SeedExampleTests
{
    [Fact]
    public void SeedHandlers_SyncAndAsyncLambdas_CompileAndRun()
    {
        var session = new MirroredSession();
        var output = new List<string>();
        session.Turn(() =>
        {
            var page = session.Page;
            page.OnResize = e => output.Add($"New page size: {page.Window.Width} {page.Window.Height}");
            page.OnError = e => output.Add($"Page error: {e.Message}");
            page.Add(new ElevatedButton("Say hello with delay!")
            {
                OnClick = async e => { await Task.Delay(1000); page.Add(new Text("Hello!")); },
            });
        });
        var button = (ElevatedButton)session.Page.Controls[0];

        session.Turn(() => session.Page.HandleResize(640, 480));
        session.Turn(() => session.Page.HandleClientError("oops"));
        session.Turn(() => session.Page.DispatchEvent(button.Id, "click", string.Empty));

        Assert.Equal(["New page size: 640 480", "Page error: oops"], output);
        Assert.Equal(1, session.Host.PendingAsyncOperations);
    }

    [Fact]
    public void SeedCountdown_Added_ShowsItsFirstValueFromItsTask()
    {
        var session = new MirroredSession();
        var countdown = new SeedCountdown(120);

        session.Turn(() => session.Page.Add(countdown, new SeedCountdown(60)));
        session.RunPending();

        Assert.Equal("02:00", countdown.Value);
        Assert.Equal("02:00", session.Mirror[countdown.Id].Props["value"].StringValue);
        Assert.Equal(2, session.Host.Tasks.Count);
    }

    // Flet's countdown example, in C#.
    private sealed class SeedCountdown(int seconds) : Text
    {
        bool running;
        protected override void DidMount() { running = true; Page.RunTask(UpdateTimer); }
        protected override void WillUnmount() => running = false;
        async Task UpdateTimer(CancellationToken ct)
        {
            while (seconds > 0 && running)
            {
                Value = $"{seconds / 60:00}:{seconds % 60:00}";
                Update();
                await Task.Delay(1000, ct);
                seconds--;
            }
        }
    }
}
