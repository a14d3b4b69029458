using System.Globalization;

namespace FletActors.Samples.Apps;

/// <summary>
/// The app the load generator (bench/FletActors.LoadGenerator) drives: a click counter, a text field whose typed value
/// is echoed, a Countdown ticking every second, and a chat room shared by the sessions whose route names the same room
/// (<c>/room/7</c>). Every control the load generator reads or clicks carries a key.
/// </summary>
public static class LoadScript
{
    /// <summary>Seconds the Countdown runs: longer than any load run, so it ticks throughout.</summary>
    public const int CountdownSeconds = 24 * 60 * 60;

    public static void Main(Page page)
    {
        page.Title = "Load";
        var clicks = 0;
        var chatReceived = 0;
        var clickCount = new Text("0") { Key = "clicks" };
        var echo = new Text(string.Empty) { Key = "echo" };
        var input = new TextField { Key = "input" };
        var chatMine = new Text(string.Empty) { Key = "chat-mine" };
        var chatCount = new Text("0") { Key = "chat-received" };
        var chatSent = 0;
        // Sessions of one room fan a message out to each other; rooms keep the fan-out per message bounded.
        var room = "load" + page.Route.Replace('/', '-');

        page.PubSub.SubscribeTopic(room, (_, message) =>
        {
            if (message is not string text)
            {
                return;
            }

            chatReceived++;
            chatCount.Value = chatReceived.ToString(CultureInfo.InvariantCulture);
            // "<session id> <n>": the sender shows its own message arriving back through the room.
            var sender = text.Split(' ', 2);
            if (sender.Length == 2 && sender[0] == page.SessionId)
            {
                chatMine.Value = sender[1];
            }
        });
        input.OnChange = _ => echo.Value = input.Value ?? string.Empty;

        page.Add(
            new Row(
                new ElevatedButton("Click") { Key = "click", OnClick = _ => clickCount.Value = (++clicks).ToString(CultureInfo.InvariantCulture) },
                clickCount),
            new Row(input, echo),
            new Countdown(CountdownSeconds) { Key = "countdown" },
            new Row(
                new ElevatedButton("Chat")
                {
                    Key = "chat",
                    OnClick = _ => page.PubSub.SendAllOnTopic(room, $"{page.SessionId} {++chatSent}"),
                },
                chatMine,
                chatCount));
    }
}
