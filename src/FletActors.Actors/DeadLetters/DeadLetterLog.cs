using Microsoft.Extensions.Logging;

namespace FletActors.Actors;

/// <summary>Log messages of the dead letters.</summary>
internal static partial class DeadLetterLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Dead letter {MessageType} from {Sender} to {Recipient} (unhandled: {Unhandled})")]
    public static partial void DeadLetter(ILogger logger, string messageType, string sender, string recipient, bool unhandled);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "{Suppressed} more dead letters were not logged in the last {Window}")]
    public static partial void Suppressed(ILogger logger, long suppressed, TimeSpan window);
}
