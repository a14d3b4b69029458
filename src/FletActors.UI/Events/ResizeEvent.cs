namespace FletActors;

/// <summary>The client's page area changed size; <see cref="Page.Window"/> already holds the new size.</summary>
public sealed class ResizeEvent : ControlEvent<Page>
{
    internal ResizeEvent(Page page, double width, double height)
        : base(page, "resize", FormattableString.Invariant($"{width},{height}"))
    {
        Width = width;
        Height = height;
    }

    /// <summary>The new width in logical pixels.</summary>
    public double Width { get; }

    /// <summary>The new height in logical pixels.</summary>
    public double Height { get; }
}
