using System.Buffers.Binary;
using System.Collections.Concurrent;
using FletActors.Protocol.V1;
using FletActors.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests;

/// <summary>
/// Page keyboard events in a real browser: keys pressed in Chromium reach Page.OnKeyboardEvent under Flet's names with
/// their modifiers, and a page without a keyboard handler receives no key traffic at all.
/// </summary>
public class KeyboardTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    private const string SendPath = "/fletactors.v1.SessionService/Send";
    private const int GrpcWebFrameHeader = 5;

    [Theory]
    [InlineData("Shift+KeyA", "Key: A, Shift: True, Control: False, Alt: False, Meta: False")]
    [InlineData("Control+ArrowDown", "Key: Arrow Down, Shift: False, Control: True, Alt: False, Meta: False")]
    [InlineData("Shift+Digit1", "Key: 1, Shift: True, Control: False, Alt: False, Meta: False")]
    [InlineData("Alt+NumpadAdd", "Key: Numpad Add, Shift: False, Control: False, Alt: True, Meta: False")]
    [InlineData("Meta+Enter", "Key: Enter, Shift: False, Control: False, Alt: False, Meta: True")]
    [InlineData("F1", "Key: F1, Shift: False, Control: False, Alt: False, Meta: False")]
    [InlineData("Space", "Key:  , Shift: False, Control: False, Alt: False, Meta: False")]
    public async Task KeyboardSample_KeyPressed_PageShowsItsFletNameAndModifiers(string keys, string shown)
    {
        // Arrange
        await using var tab = await fixture.OpenAsync("/apps/keyboard");
        await tab.ExpectAsync("the keyboard app's prompt", () =>
            Expect(tab.Page.GetByText("No key pressed yet.")).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act
        await tab.Page.Keyboard.PressAsync(keys);

        // Assert
        await tab.ExpectAsync($"OnKeyboardEvent's line for {keys}", () =>
            Expect(tab.Page.GetByText(shown, new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));
    }

    [Fact]
    public async Task PageWithoutKeyboardHandler_KeysPressed_NoKeyTraffic()
    {
        // Arrange: the resize sample has no keyboard handler; every Send the browser makes is recorded
        await using var tab = await fixture.OpenAsync("/apps/resize", width: 800, height: 600);
        var sent = new ConcurrentQueue<byte[]>();
        tab.Page.Request += (_, request) =>
        {
            if (request.Url.EndsWith(SendPath, StringComparison.Ordinal) && request.PostDataBuffer is { } body)
            {
                sent.Enqueue(body);
            }
        };
        await tab.ExpectAsync("the resize app's prompt", () =>
            Expect(tab.Page.GetByText("Resize the window to see its new size.")).ToBeVisibleAsync(new() { Timeout = Deadlines.PageReadyMs }));

        // Act: keys, then a resize; inputs leave in order, so once the resize is shown any key would have been sent
        await tab.Page.Keyboard.PressAsync("KeyA");
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.Keyboard.PressAsync("Control+ArrowDown");
        await tab.Page.SetViewportSizeAsync(900, 640);
        await tab.ExpectAsync("OnResize's report of the new size", () =>
            Expect(tab.Page.GetByText("New page size: 900 x 640", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = Deadlines.RoundTripMs }));

        // Assert
        var pageEvents = sent.SelectMany(Messages).Where(m => m.PageEvent is not null).Select(m => m.PageEvent.KindCase).ToList();
        var report = $"page events sent: {string.Join(", ", pageEvents)}";
        await tab.AssertAsync(pageEvents.Contains(PageEvent.KindOneofCase.Resize), "the resize was seen among the recorded Sends", report);
        await tab.AssertAsync(!pageEvents.Contains(PageEvent.KindOneofCase.Keyboard), "no keyboard event was sent", report);
    }

    /// <summary>The client messages of one gRPC-Web Send request body (binary: a 5-byte frame header, then the message).</summary>
    private static IEnumerable<ClientMessage> Messages(byte[] body)
    {
        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        return SendRequest.Parser.ParseFrom(body, GrpcWebFrameHeader, length).Messages;
    }
}
