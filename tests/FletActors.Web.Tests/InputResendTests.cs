using System.Text;
using FletActors.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>
/// The browser's clicks run exactly once when a Send fails: one lost before the server is sent again, one that
/// reached the server but whose answer was lost does not run twice.
/// </summary>
public class InputResendTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    private const int PassThrough = 0;
    private const int LoseRequest = 1;
    private const int LoseAnswer = 2;

    [Fact]
    public async Task Counter_SendFailsBeforeOrAfterTheServer_EachClickRunsExactlyOnce()
    {
        // Arrange: the next Send carrying a click fails as the test says, once
        await using var tab = await fixture.OpenAsync("/apps/counter");
        var increment = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Increment" });
        var decrement = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Decrement" });
        var value = tab.Page.Locator("[data-type=textfield] input");
        await tab.ExpectAsync("the counter at 0", () => Expect(value).ToHaveValueAsync("0", new() { Timeout = Deadlines.PageReadyMs }));
        var failNext = PassThrough;
        var failed = 0;
        await tab.Page.RouteAsync("**/fletactors.v1.SessionService/Send", async route =>
        {
            var carriesClick = route.Request.PostDataBuffer is { } body && Encoding.ASCII.GetString(body).Contains("click", StringComparison.Ordinal);
            var mode = carriesClick ? Interlocked.Exchange(ref failNext, PassThrough) : PassThrough;
            if (mode == LoseAnswer)
            {
                await route.FetchAsync();
            }

            if (mode != PassThrough)
            {
                Interlocked.Increment(ref failed);
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });

        // Act + Assert: a click whose Send never reached the server is sent again, so it is not lost
        Volatile.Write(ref failNext, LoseRequest);
        await increment.ClickAsync();
        await tab.ExpectAsync("the counter at 1: the click lost on the way was sent again", () =>
            Expect(value).ToHaveValueAsync("1", new() { Timeout = Deadlines.ReconnectMs }));

        // Act + Assert: a click that ran but whose answer was lost, then a decrement. Sends go one at a time, so the
        // session sees any copy of the increment before the decrement: run twice, the counter would go 2, 3, 2 and
        // never show 1.
        Volatile.Write(ref failNext, LoseAnswer);
        await increment.ClickAsync();
        await tab.ExpectAsync("the counter at 2", () => Expect(value).ToHaveValueAsync("2", new() { Timeout = Deadlines.RoundTripMs }));
        await decrement.ClickAsync();
        await tab.ExpectAsync("the counter at 1: the increment ran once", () =>
            Expect(value).ToHaveValueAsync("1", new() { Timeout = Deadlines.ReconnectMs }));
        await tab.AssertAsync(Volatile.Read(ref failed) == 2, "both Sends failed as arranged", $"{failed} failed");
    }
}
