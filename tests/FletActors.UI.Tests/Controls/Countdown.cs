namespace FletActors.UI.Tests.Controls;

/// <summary>The seed page's self-updating control, on the session's clock so tests can run it on virtual time.</summary>
internal sealed class Countdown(int seconds) : Text
{
    private bool running;

    public bool Finished { get; private set; }

    protected override void DidMount()
    {
        running = true;
        Page.RunTask(UpdateTimer);
    }

    protected override void WillUnmount() => running = false;

    private async Task UpdateTimer(CancellationToken ct)
    {
        while (seconds > 0 && running)
        {
            Value = $"{seconds / 60:00}:{seconds % 60:00}";
            Update();
            await Task.Delay(TimeSpan.FromSeconds(1), Page.TimeProvider, ct);
            seconds--;
        }

        Finished = true;
    }
}
