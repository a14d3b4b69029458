using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace FletActors.Web.Tests.Support;

/// <summary>
/// Keeps what the server logs in memory — FletActors' own information and above, everyone else's warnings and
/// above — so a failed test can show what the server said.
/// </summary>
public sealed class LogRecorder : ILoggerProvider
{
    private const int Kept = 200;
    private readonly ConcurrentQueue<string> entries = new();

    /// <summary>The most recent entries, oldest first.</summary>
    public IReadOnlyList<string> Entries => [.. entries];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Kept && entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        private readonly LogLevel minimum = category.StartsWith("FletActors", StringComparison.Ordinal) ? LogLevel.Information : LogLevel.Warning;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var time = DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
            var error = exception is null ? string.Empty : $" | {exception.GetType().Name}: {exception.Message}";
            owner.Add($"{time} {logLevel} {category}: {formatter(state, exception)}{error}");
        }
    }
}
