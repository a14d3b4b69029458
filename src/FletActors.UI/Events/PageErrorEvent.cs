namespace FletActors;

/// <summary>The client reported an error of its own; <see cref="ControlEvent.Data"/> holds its message.</summary>
public sealed class PageErrorEvent : ControlEvent
{
    internal PageErrorEvent(Page page, string message)
        : base(page, "error", message)
    {
    }
}
