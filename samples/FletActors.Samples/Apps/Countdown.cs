namespace FletActors.Samples.Apps;

/// <summary>
/// Flet's self-updating custom control: once mounted it counts down once per second in a background task of the
/// session, and stops when it is removed from the page.
/// </summary>
public class Countdown(int seconds) : Text
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
