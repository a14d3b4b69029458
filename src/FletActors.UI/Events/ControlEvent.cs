namespace FletActors;

/// <summary>
/// An event raised by a control or the page: a click, a change, a page resize ... Handlers receive it typed by
/// their control (<see cref="ControlEvent{TControl}"/>) and, where the client sends data, by its kind
/// (<see cref="ChangeEvent{TControl, TValue}"/>, <see cref="ResizeEvent"/>, <see cref="KeyboardEvent"/> ...).
/// </summary>
/// <remarks>
/// <para>
/// Handler properties have the type <c>Action&lt;TEvent&gt;</c>, so both <c>e =&gt; ...</c> and
/// <c>async e =&gt; { await ...; }</c> compile for the same property. A handler that takes no interest in the event
/// is written <c>_ =&gt; ...</c>; there is deliberately no second, argument-less property.
/// </para>
/// <para>
/// The session invokes a handler synchronously inside its turn, and an exception it throws reaches the session,
/// which logs it, reports it to the client and goes on. An async lambda assigned to an <c>Action</c> is an
/// async-void method: its part after the first <c>await</c> runs later as a new turn of the same session, because
/// the session's synchronization context captures the continuation (as WinForms and MAUI do); that context also
/// tracks the pending operation and receives its exception, so nothing an async handler throws is lost. Handlers
/// must therefore not use <c>ConfigureAwait(false)</c>: that would move the rest of the handler off the session,
/// and any change it makes to a control then throws.
/// </para>
/// <para>
/// The client's data is parsed once, before the handler runs: an event whose data does not parse is reported to
/// that client as an invalid value and never reaches the handler.
/// </para>
/// </remarks>
public abstract class ControlEvent
{
    private protected ControlEvent(Control control, string name, string data)
    {
        Control = control;
        Name = name;
        Data = data;
    }

    /// <summary>The control that raised the event (the page for page events).</summary>
    public Control Control { get; }

    /// <summary>The event name as the client sent it: "click", "change", "submit" ...</summary>
    public string Name { get; }

    /// <summary>The event's data as the client sent it; for "change" the new value as text.</summary>
    public string Data { get; }

    /// <summary>The page of the session that received the event.</summary>
    public Page Page => Control.Page;

    /// <inheritdoc />
    public override string ToString() => $"{Name} on {Control}" + (Data.Length == 0 ? string.Empty : $": {Data}");
}
