namespace FletActors;

// Page-level events. They come from PageEvent messages and the session's lifecycle, so unlike control events they
// need no on_<event> prop.
public sealed partial class Page
{
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
