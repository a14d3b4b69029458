namespace FletActors.Server.Tests.Samples;

/// <summary>The Countdown custom control of samples/FletActors.Samples/Apps/Countdown.cs.</summary>
internal sealed class Countdown(int seconds) : Text
{
    private int remaining = seconds;
    private bool running;

    protected override void DidMount()
    {
        running = true;
        Page.RunTask(UpdateTimer);
    }

    protected override void WillUnmount() => running = false;

    private async Task UpdateTimer(CancellationToken ct)
    {
        var clock = Page.TimeProvider;
        while (remaining > 0 && running)
        {
            Value = $"{remaining / 60:00}:{remaining % 60:00}";
            Update();
            await Task.Delay(TimeSpan.FromSeconds(1), clock, ct);
            remaining--;
        }
    }
}
