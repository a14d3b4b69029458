using System.Collections.Concurrent;
using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

// Event plumbing shared by the controls: a handler property stores its delegate by event name and announces the
// subscription to the client with the bool prop on_<event>; dispatch builds the typed event once
// (CreateEvent) and hands it to the handler stored under the event's name.
public abstract partial class Control
{
    // Only the events the app set a handler for; most controls have none, a button one or two.
    private EventHandlerEntry[]? handlers;

    // The on_<event> prop names, one string per event of the catalogue (event names are the controls' literals), not
    // one per control that has a handler.
    private static readonly ConcurrentDictionary<string, string> SubscriptionProps = new(StringComparer.Ordinal);

    /// <summary>The handler set for <paramref name="eventName"/>, or null.</summary>
    internal Action<TEvent>? GetHandler<TEvent>(string eventName)
        where TEvent : ControlEvent => (Action<TEvent>?)FindHandler(eventName)?.Handler;

    /// <summary>Stores a handler and sends <c>on_&lt;event&gt;</c> = true while one is set.</summary>
    internal void SetHandler<TEvent>(string eventName, Action<TEvent>? value)
        where TEvent : ControlEvent
    {
        CheckAccess();
        var kept = (handlers ?? []).Where(h => !string.Equals(h.Event, eventName, StringComparison.Ordinal));
        var updated = value is null ? kept.ToArray() : [.. kept, EventHandlerEntry.Of(eventName, value)];
        handlers = updated.Length == 0 ? null : updated;
        SetProp(SubscriptionProps.GetOrAdd(eventName, static name => "on_" + name), value is null ? null : PropValue.True);
    }

    /// <summary>Whether this kind of control raises <paramref name="eventName"/> (CONTROLS.md lists them).</summary>
    internal virtual bool HasEvent(string eventName) => false;

    /// <summary>
    /// Builds the typed event a handler of this control receives, parsing the client's data once.
    /// </summary>
    /// <exception cref="EventDataException">The data does not parse as the event requires.</exception>
    internal virtual ControlEvent CreateEvent(string eventName, string data) =>
        throw new InvalidOperationException($"{this} raises no \"{eventName}\" event.");

    /// <summary>
    /// Finds the handler for a client event. Returns false when this control has no event of that name; otherwise
    /// true, with <paramref name="handler"/> null when the app set none.
    /// </summary>
    internal bool TryGetHandler(string eventName, out EventHandlerEntry? handler)
    {
        var known = HasEvent(eventName);
        handler = known ? FindHandler(eventName) : null;
        return known;
    }

    /// <summary>The kind of a prop the client may write back (CONTROLS.md, <em>wb</em>), or null when it may not.</summary>
    internal virtual PropKind? WritableKind(string prop) => null;

    private EventHandlerEntry? FindHandler(string eventName)
    {
        foreach (var entry in handlers ?? [])
        {
            if (string.Equals(entry.Event, eventName, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
