using FletActors.UI.Diffing;
using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>
/// The page of one session: the root of its control tree and the app's handle on the session (routing, session
/// store, pub/sub, background tasks, time). The app's <c>Main</c> receives it.
/// </summary>
/// <remarks>
/// Changes made during a turn (a handler, <c>Main</c>, a task body between awaits) are sent together when the turn
/// ends; <see cref="Update"/> sends them at once. All members must be used inside the session's turn; from other
/// threads, use <see cref="InvokeAsync(Action)"/>.
/// </remarks>
public sealed partial class Page : Control
{
    private readonly ChildSlot views;
    private readonly ChildSlot overlay;
    private SessionStore? session;
    private PubSub? pubSub;

    internal Page(IPageHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        Host = host;
        Tree = new SessionTree(this);
        views = AddSlot("views", single: false);
        overlay = AddSlot("overlay", single: false);
        Views = new ControlList<View>(views);
        Overlay = new ControlList<Control>(overlay);

        // Built directly rather than through Views.Add: the host may create the page outside a turn. The client starts
        // from an empty page, so the first view is an ordinary pending addition.
        views.Sent = [];
        Tree.QueueSlot(views);
        AttachUnchecked(views, new View("/"));
    }

    /// <summary>The session id; unguessable, stable for the session's life.</summary>
    public string SessionId => Host.SessionId;

    /// <summary>
    /// The session's clock. Use it for delays and timers (<c>await Task.Delay(delay, page.TimeProvider, ct)</c>) so
    /// that tests can run them on virtual time.
    /// </summary>
    public TimeProvider TimeProvider => Host.TimeProvider;

    /// <summary>The size of the client's page area, as the client reports it.</summary>
    public PageWindow Window { get; } = new();

    /// <summary>The views of the page, bottom to top; the first holds <see cref="Controls"/>. Routing edits this list.</summary>
    public ControlList<View> Views { get; }

    /// <summary>Controls shown above the views: dialogs and snack bars live here.</summary>
    public ControlList<Control> Overlay { get; }

    /// <summary>A key/value store that lives as long as the session.</summary>
    public SessionStore Session => session ??= new SessionStore();

    /// <summary>The session store if the app has used it; null otherwise, so a host can look without creating one.</summary>
    internal SessionStore? SessionIfUsed => session;

    /// <summary>Messages between sessions: broadcast, to others, and by topic.</summary>
    public PubSub PubSub => pubSub ??= new PubSub(this);

    /// <summary>The browser tab or window title.</summary>
    public string? Title
    {
        get => GetString("title");
        set => SetString("title", value);
    }

    /// <summary>Padding around the page content in logical pixels.</summary>
    public Padding? Padding
    {
        get => GetValue<Padding>("padding");
        set => SetValue("padding", value);
    }

    /// <summary>Light, dark, or as the client's system.</summary>
    public ThemeMode? ThemeMode
    {
        get => GetEnum<ThemeMode>("theme_mode");
        set => SetEnum("theme_mode", value);
    }

    /// <summary>The client's platform as it registered: "web", "linux", "windows", "macos", "android", "ios".</summary>
    public string Platform { get; private set; } = string.Empty;

    /// <summary>The client's user agent, when it sent one.</summary>
    public string UserAgent { get; private set; } = string.Empty;

    internal override string ControlType => "page";

    internal IPageHost Host { get; }

    internal SessionTree Tree { get; }

    internal void QueueProps(Control control) => Tree.QueueProps(control);

    internal void QueueSlot(ChildSlot slot) => Tree.QueueSlot(slot);

    /// <summary>Takes what the client said when it registered, without echoing any of it back.</summary>
    internal void ApplyClientInfo(string route, double width, double height, string platform, string userAgent)
    {
        AcceptClientValue("route", PropValue(route));
        Window.Width = width;
        Window.Height = height;
        Platform = platform;
        UserAgent = userAgent;
    }

    private static UI.Patching.PropValue PropValue(string value) => UI.Patching.PropValue.String(value);
}
