namespace FletActors;

/// <summary>The client reported an error of its own; <see cref="Message"/> holds its message.</summary>
public sealed class PageErrorEvent : ControlEvent<Page>
{
    internal PageErrorEvent(Page page, string message)
        : base(page, "error", message) => Message = message;

    /// <summary>The client's message.</summary>
    public string Message { get; }
}
