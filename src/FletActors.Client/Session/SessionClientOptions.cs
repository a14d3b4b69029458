namespace FletActors.Client;

/// <summary>What the session client registers with and how it behaves; validated when the client is created.</summary>
public sealed record SessionClientOptions
{
    /// <summary>The app to run when the server hosts several; empty selects the default app.</summary>
    public string App { get; init; } = string.Empty;

    /// <summary>The route the page opens at.</summary>
    public string Route { get; init; } = "/";

    /// <summary>The page width in logical pixels.</summary>
    public double PageWidth { get; init; } = 1280;

    /// <summary>The page height in logical pixels.</summary>
    public double PageHeight { get; init; } = 720;

    /// <summary>The platform reported to the server.</summary>
    public string Platform { get; init; } = "dotnet";

    /// <summary>The user agent reported to the server.</summary>
    public string UserAgent { get; init; } = "FletActors.Client";

    /// <summary>How many acknowledgements may wait to be sent; the receive loop waits beyond it.</summary>
    public int OutboxCapacity { get; init; } = 1024;

    /// <summary>
    /// How many inputs (events, write-backs, page events, method results) may be sent or waiting without the
    /// server's confirmation; sending one more throws <see cref="SessionClientException"/>. The server confirms
    /// promptly while connected, so only a long time away from it reaches this.
    /// </summary>
    public int MaxUnconfirmedInputs { get; init; } = 4096;

    /// <summary>
    /// The <c>grpc-encoding</c> the client compresses its messages with: the name of one of the channel's compression
    /// providers (<c>gzip</c> or <c>deflate</c> with grpc-dotnet's own); <see langword="null"/> sends them
    /// uncompressed. Compressed server messages are accepted either way.
    /// </summary>
    public string? RequestCompression { get; init; }

    /// <summary>Reconnect behaviour.</summary>
    public ReconnectOptions Reconnect { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(App, nameof(App));
        ArgumentNullException.ThrowIfNull(Route, nameof(Route));
        ArgumentNullException.ThrowIfNull(Platform, nameof(Platform));
        ArgumentNullException.ThrowIfNull(UserAgent, nameof(UserAgent));
        ArgumentNullException.ThrowIfNull(Reconnect, nameof(Reconnect));
        if (!(PageWidth >= 0) || !(PageHeight >= 0) || double.IsInfinity(PageWidth) || double.IsInfinity(PageHeight))
        {
            throw new ArgumentException($"The page size must be finite and not negative (was {PageWidth} x {PageHeight}).");
        }

        if (OutboxCapacity < 1)
        {
            throw new ArgumentException($"{nameof(OutboxCapacity)} must be at least 1 (was {OutboxCapacity}).");
        }

        if (MaxUnconfirmedInputs < 1)
        {
            throw new ArgumentException($"{nameof(MaxUnconfirmedInputs)} must be at least 1 (was {MaxUnconfirmedInputs}).");
        }

        if (RequestCompression is not null && string.IsNullOrWhiteSpace(RequestCompression))
        {
            throw new ArgumentException($"{nameof(RequestCompression)} names a compression provider, such as \"gzip\", or is null for none.");
        }

        Reconnect.Validate();
    }
}
