namespace FletActors.Samples.Gallery;

/// <summary>
/// Flet's chat tutorial: every tab is a session; messages travel between sessions over <see cref="Page.PubSub"/>.
/// </summary>
public static class ChatApp
{
    public static void Main(Page page)
    {
        page.Title = "Chat";
        var messages = new ListView { Expand = 1, Spacing = 10, AutoScroll = true };
        var newMessage = new TextField { HintText = "Write a message...", Expand = 1, Autofocus = true };
        var userName = new TextField { Label = "Enter your name to join the chat", Autofocus = true };

        page.PubSub.Subscribe(message =>
        {
            if (message is ChatMessage chat)
            {
                messages.Controls.Add(chat.Kind == MessageKind.Chat
                    ? new ChatBubble(chat)
                    : new Text($"{chat.User} has joined the chat.") { Italic = true, Color = "grey", Size = 12 });
            }
        });

        void Send()
        {
            if (string.IsNullOrWhiteSpace(newMessage.Value))
            {
                return;
            }

            page.PubSub.SendAll(new ChatMessage(page.Session.Get<string>("user") ?? "anonymous", newMessage.Value, MessageKind.Chat));
            newMessage.Value = string.Empty;
        }

        var join = new AlertDialog
        {
            Modal = true,
            Title = new Text("Welcome!"),
            Content = new Column(userName) { Width = 300, Height = 70 },
        };
        join.Actions.Add(new ElevatedButton("Join chat")
        {
            OnClick = _ =>
            {
                if (string.IsNullOrWhiteSpace(userName.Value))
                {
                    userName.ErrorText = "Name cannot be blank!";
                    return;
                }

                page.Session.Set("user", userName.Value.Trim());
                page.CloseDialog();

                // The others are told; the one who joined needs no news of it.
                page.PubSub.SendOthers(new ChatMessage(userName.Value.Trim(), string.Empty, MessageKind.Login));
            },
        });
        newMessage.OnSubmit = _ => Send();

        page.Add(
            new Container(messages) { BorderColor = "outline_variant", BorderWidth = 1, BorderRadius = 5, Padding = 10, Expand = 1 },
            new Row(newMessage, new IconButton("send") { Tooltip = "Send message", OnClick = _ => Send() }));
        page.ShowDialog(join);
    }

    private enum MessageKind
    {
        Login,
        Chat,
    }

    private sealed record ChatMessage(string User, string Text, MessageKind Kind);

    private sealed class ChatBubble : Row
    {
        // Dark enough for white initials to stay readable.
        private static readonly string[] Colors = ["blue", "brown", "cyan700", "green700", "indigo", "orange800", "pink", "purple", "red", "teal"];

        public ChatBubble(ChatMessage message)
        {
            VerticalAlignment = "start";
            Controls.Add(new Container(new Text(Initials(message.User)) { Color = "white", Weight = "bold" })
            {
                Width = 40,
                Height = 40,
                BorderRadius = 20,
                Alignment = "center",
                BgColor = Colors[(uint)StringComparer.Ordinal.GetHashCode(message.User) % Colors.Length],
            });
            Controls.Add(new Column(
                new Text(message.User) { Weight = "bold" },
                new Text(message.Text) { Selectable = true })
            {
                Spacing = 5,
                Expand = 1,
            });
        }

        private static string Initials(string user) => user.Length == 0 ? "?" : user[..1].ToUpperInvariant();
    }
}
