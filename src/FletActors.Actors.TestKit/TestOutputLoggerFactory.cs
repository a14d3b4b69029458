using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace FletActors.Actors.TestKit;

/// <summary>Logs to an xunit test's output, so a failing test shows what the kernel logged.</summary>
public sealed class TestOutputLoggerFactory(ITestOutputHelper output, LogLevel minimumLevel = LogLevel.Information)
    : ILoggerFactory
{
    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new OutputLogger(output, categoryName, minimumLevel);

    /// <inheritdoc/>
    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("TestOutputLoggerFactory writes to the test output only.");

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class OutputLogger(ITestOutputHelper output, string category, LogLevel minimumLevel) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimumLevel;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            try
            {
                output.WriteLine($"[{logLevel}] {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; xunit refuses output after that, and a late log line is not worth a crash.
            }
        }
    }
}
