namespace FletActors;

/// <summary>The client's page area; its size comes from the client, at registration and with every resize.</summary>
public sealed class PageWindow
{
    internal PageWindow()
    {
    }

    /// <summary>Width in logical pixels.</summary>
    public double Width { get; internal set; }

    /// <summary>Height in logical pixels.</summary>
    public double Height { get; internal set; }
}
