namespace FletActors;

// Page-level events. They come from PageEvent messages and the session's lifecycle, so unlike control events they
// need no on_<event> prop; the keyboard is the exception, because a client sends every key press only while the page
// has a handler for it.
public sealed partial class Page
{
    private const string KeyboardEventName = "keyboard_event";

    /// <summary>
    /// Raised for each key the user presses (Flet's <c>page.on_keyboard_event</c>). While a handler is set the page
    /// sends <c>on_keyboard_event</c> to the client, which then reports key presses; without one it sends none.
    /// </summary>
    public Action<KeyboardEvent>? OnKeyboardEvent
    {
        get => GetHandler<KeyboardEvent>(KeyboardEventName);
        set => SetHandler(KeyboardEventName, value);
    }

    /// <summary>Raised after the client's page area changed size; <see cref="Window"/> already holds the new size.</summary>
    public Action<ResizeEvent>? OnResize { get; set; }

    /// <summary>Raised when the client reports an error of its own.</summary>
    public Action<PageErrorEvent>? OnError { get; set; }

    /// <summary>Raised when a client (re)connects to this session.</summary>
    public Action<ControlEvent<Page>>? OnConnect { get; set; }

    /// <summary>Raised when the client went away; the session lives on for the configured timeout.</summary>
    public Action<ControlEvent<Page>>? OnDisconnect { get; set; }

    /// <summary>Raised once when the session ends, before its controls unmount.</summary>
    public Action<ControlEvent<Page>>? OnClose { get; set; }
}
