using Microsoft.Extensions.Logging;

namespace FletActors.Sessions.Logging;

/// <summary>
/// A session's logger: every entry it writes carries the session's <see cref="SessionLogScope"/>. The scope is
/// opened per entry written, not per turn, so a session that logs nothing (the common case at the default levels)
/// pays nothing for it.
/// </summary>
internal sealed class SessionScopedLogger(ILogger inner, SessionLogScope scope) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        using (inner.BeginScope(scope))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
