namespace FletActors;

/// <summary>An event raised by a <typeparamref name="TControl"/>: its handler reaches the control without a cast.</summary>
/// <typeparam name="TControl">The kind of control whose handler receives the event.</typeparam>
public class ControlEvent<TControl> : ControlEvent
    where TControl : Control
{
    internal ControlEvent(TControl control, string name, string data)
        : base(control, name, data) => Control = control;

    /// <summary>The control that raised the event.</summary>
    public new TControl Control { get; }
}
