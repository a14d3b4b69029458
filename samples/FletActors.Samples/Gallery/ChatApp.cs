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
                    : new Text($"{chat.User} has joined the chat.") { Italic = true, Color = Colors.Grey, Size = 12 });
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
            new Container(messages) { BorderColor = Colors.OutlineVariant, BorderWidth = 1, BorderRadius = BorderRadius.All(5), Padding = Padding.All(10), Expand = 1 },
            new Row(newMessage, new IconButton(Icons.Send) { Tooltip = "Send message", OnClick = _ => Send() }));
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
        private static readonly Color[] AvatarColors =
        [
            Colors.Blue, Colors.Brown, Colors.Cyan700, Colors.Green700, Colors.Indigo, Colors.Orange800, Colors.Pink, Colors.Purple,
            Colors.Red, Colors.Teal,
        ];

        public ChatBubble(ChatMessage message)
        {
            VerticalAlignment = CrossAxisAlignment.Start;
            Controls.Add(new Container(new Text(Initials(message.User)) { Color = Colors.White, Weight = FontWeight.Bold })
            {
                Width = 40,
                Height = 40,
                BorderRadius = BorderRadius.All(20),
                Alignment = FletActors.Alignment.Center, // qualified: inside a Row, Alignment is the row's own property
                BgColor = AvatarColors[StableHash(message.User) % AvatarColors.Length],
            });
            Controls.Add(new Column(
                new Text(message.User) { Weight = FontWeight.Bold },
                new Text(message.Text) { Selectable = true })
            {
                Spacing = 5,
                Expand = 1,
            });
        }

        // string.GetHashCode is randomised per process, so a user would change colour between nodes and restarts.
        private static uint StableHash(string user)
        {
            var hash = 2166136261u;
            foreach (var c in user)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }

        private static string Initials(string user) => user.Length == 0 ? "?" : user[..1].ToUpperInvariant();
    }
}
