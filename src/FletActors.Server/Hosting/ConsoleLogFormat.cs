namespace FletActors.Server.Hosting;

/// <summary>How the server writes its log to the console (<c>FletActors:LogFormat</c>).</summary>
public enum ConsoleLogFormat
{
    /// <summary>One line per entry with a time stamp, for people reading a terminal.</summary>
    Simple,

    /// <summary>One JSON object per line with the entry's values and scopes (session, node, shard), for log collectors.</summary>
    Json,
}
