using FletActors.UI.Patching;

namespace FletActors;

// Event plumbing shared by the controls: a handler property stores its delegate by event name and announces the
// subscription to the client with the bool prop on_<event>; dispatch looks the handler up by event name.
public abstract partial class Control
{
    // Only the events the app set a handler for; most controls have none, a button one or two.
    private (string Event, Action<ControlEvent> Handler)[]? handlers;

    /// <summary>The handler set for <paramref name="eventName"/>, or null.</summary>
    internal Action<ControlEvent>? GetHandler(string eventName)
    {
        if (handlers is { } set)
        {
            foreach (var (name, handler) in set)
            {
                if (string.Equals(name, eventName, StringComparison.Ordinal))
                {
                    return handler;
                }
            }
        }

        return null;
    }

    /// <summary>Stores a handler and sends <c>on_&lt;event&gt;</c> = true while one is set.</summary>
    internal void SetHandler(string eventName, Action<ControlEvent>? value)
    {
        CheckAccess();
        var kept = (handlers ?? []).Where(h => !string.Equals(h.Event, eventName, StringComparison.Ordinal));
        var updated = value is null ? kept.ToArray() : [.. kept, (eventName, value)];
        handlers = updated.Length == 0 ? null : updated;
        SetProp("on_" + eventName, value is null ? null : PropValue.True);
    }

    /// <summary>Whether this kind of control raises <paramref name="eventName"/> (CONTROLS.md lists them).</summary>
    internal virtual bool HasEvent(string eventName) => false;

    /// <summary>
    /// Finds the handler for a client event. Returns false when this control has no event of that name; otherwise
    /// true, with <paramref name="handler"/> null when the app set none.
    /// </summary>
    internal bool TryGetHandler(string eventName, out Action<ControlEvent>? handler)
    {
        var known = HasEvent(eventName);
        handler = known ? GetHandler(eventName) : null;
        return known;
    }

    /// <summary>The kind of a prop the client may write back (CONTROLS.md, <em>wb</em>), or null when it may not.</summary>
    internal virtual PropKind? WritableKind(string prop) => null;
}
