using FletActors.UI.Patching;

namespace FletActors;

// Event plumbing shared by the controls: a handler property stores its delegate and announces the subscription to
// the client with the bool prop on_<event>; dispatch looks the handler up by event name.
public abstract partial class Control
{
    /// <summary>Stores a handler and sends <c>on_&lt;event&gt;</c> = true while one is set.</summary>
    internal void SetHandler<TEvent>(ref Action<TEvent>? field, Action<TEvent>? value, string eventName)
        where TEvent : ControlEvent
    {
        CheckAccess();
        field = value;
        SetProp("on_" + eventName, value is null ? null : PropValue.True);
    }

    /// <summary>
    /// Finds the handler for a client event. Returns false when this control has no event of that name; otherwise
    /// true, with <paramref name="handler"/> null when the app set none.
    /// </summary>
    internal virtual bool TryGetHandler(string eventName, out Action<ControlEvent>? handler)
    {
        handler = null;
        return false;
    }

    /// <summary>The kind of a prop the client may write back (CONTROLS.md, <em>wb</em>), or null when it may not.</summary>
    internal virtual PropKind? WritableKind(string prop) => null;
}
