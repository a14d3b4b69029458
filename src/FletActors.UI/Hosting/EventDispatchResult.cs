namespace FletActors.UI.Hosting;

/// <summary>The outcome of <see cref="Page.DispatchEvent(ulong, string, string)"/>; anything but <see cref="Ok"/> changed nothing.</summary>
internal enum EventDispatchResult
{
    /// <summary>The handler ran.</summary>
    Ok,

    /// <summary>No control with that id is on the page (it never existed or has been removed).</summary>
    UnknownControl,

    /// <summary>The control has no event of that name.</summary>
    UnknownEvent,

    /// <summary>The event exists but the app set no handler for it.</summary>
    NoHandler,

    /// <summary>The control or an ancestor is disabled, and a disabled control raises no events.</summary>
    Disabled,

    /// <summary>The event's data does not parse as the event requires (a change of a slider that is no number ...).</summary>
    InvalidData,
}
