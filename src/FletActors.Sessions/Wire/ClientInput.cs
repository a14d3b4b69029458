using System.Diagnostics;
using FletActors.Protocol.V1;
using UiPropValue = FletActors.UI.Patching.PropValue;

namespace FletActors.Sessions.Wire;

/// <summary>
/// A decoded client message on its way into a session's mailbox. <see cref="CountsTowardsRate"/> says whether the
/// per-session event rate limit applies to it (acknowledgements and method results are free).
/// </summary>
internal abstract record ClientInput
{
    public virtual bool CountsTowardsRate => true;

    /// <summary>
    /// When this node decoded the input (a <see cref="Stopwatch"/> timestamp, meaningful on this node only): the start
    /// of its event-to-flush latency. Not part of the input's value, so equality ignores it.
    /// </summary>
    public long ReceivedAt { get; } = Stopwatch.GetTimestamp();

    public virtual bool Equals(ClientInput? other) =>
        ReferenceEquals(this, other) || (other is not null && EqualityContract == other.EqualityContract);

    public override int GetHashCode() => EqualityContract.GetHashCode();
}

/// <summary>Cumulative acknowledgement of every batch up to <see cref="Seq"/> of <see cref="Epoch"/>.</summary>
internal sealed record AckInput(ulong Epoch, ulong Seq) : ClientInput
{
    public override bool CountsTowardsRate => false;
}

/// <summary>A control event: "click", "change" ...</summary>
internal sealed record EventInput(ulong ControlId, string Name, string Data) : ClientInput;

/// <summary>A value the client changed itself.</summary>
internal sealed record WriteBackInput(ulong ControlId, string Prop, UiPropValue Value) : ClientInput;

/// <summary>The client's page area changed size.</summary>
internal sealed record ResizeInput(double Width, double Height) : ClientInput;

/// <summary>The user pressed a key; <see cref="Key"/> is its name as Flet gives it, checked by the decoder.</summary>
internal sealed record KeyboardInput(string Key, bool Shift, bool Ctrl, bool Alt, bool Meta) : ClientInput;

/// <summary>The client navigated.</summary>
internal sealed record RouteChangeInput(string Route) : ClientInput;

/// <summary>The user popped the view of a route.</summary>
internal sealed record ViewPopInput(string Route) : ClientInput;

/// <summary>The client reported an error of its own.</summary>
internal sealed record ClientErrorInput(string Message) : ClientInput;

/// <summary>The outcome of a method call the server made.</summary>
internal sealed record MethodResultInput(ulong CallId, string Error) : ClientInput
{
    public override bool CountsTowardsRate => false;
}

/// <summary>A message that cannot be acted on; the session answers it with an error report to its client.</summary>
internal sealed record RejectedInput(ErrorCode Code, string Message, ulong ControlId) : ClientInput;
