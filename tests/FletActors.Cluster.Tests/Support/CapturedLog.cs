using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.Tests.Support;

/// <summary>A logger that keeps what it is told (level and formatted message), for tests that check warnings.</summary>
public sealed class CapturedLog : ILogger
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> entries = new();

    /// <summary>Every entry so far, oldest first.</summary>
    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. entries];

    /// <summary>The messages logged at <see cref="LogLevel.Warning"/>.</summary>
    public IReadOnlyList<string> Warnings => [.. entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message)];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
