namespace FletActors.UI.Hosting;

/// <summary>
/// A control's handler for one event, kept as the app set it (an <c>Action&lt;TEvent&gt;</c>), with the invoker
/// shared by every handler of that event type; dispatch calls it without knowing the type, and setting a handler
/// allocates no wrapper.
/// </summary>
internal readonly record struct EventHandlerEntry(string Event, Delegate Handler, Action<Delegate, ControlEvent> Invoker)
{
    public static EventHandlerEntry Of<TEvent>(string eventName, Action<TEvent> handler)
        where TEvent : ControlEvent => new(eventName, handler, TypedInvoker<TEvent>.Invoke);

    /// <summary>Calls the handler with <paramref name="e"/>, which must be of the handler's event type.</summary>
    public void Invoke(ControlEvent e) => Invoker(Handler, e);

    private static class TypedInvoker<TEvent>
        where TEvent : ControlEvent
    {
        public static readonly Action<Delegate, ControlEvent> Invoke = static (handler, e) => ((Action<TEvent>)handler)((TEvent)e);
    }
}
