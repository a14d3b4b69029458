using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Hosting;

/// <summary>
/// The server's logging defaults, quiet enough for a node with tens of thousands of sessions: the console in the
/// configured <see cref="ConsoleLogFormat"/>, ASP.NET Core's per-request lines off (a session's streams and browser
/// calls would write four of them each), session lifecycle at Debug (counted by the metrics instead). The start-up
/// lines that name the URLs stay at Information. Any <c>Logging:LogLevel:*</c> configuration key overrides these
/// defaults for its category.
/// </summary>
internal static class FletLogging
{
    /// <summary>Categories quieted by default, with the least level they still write.</summary>
    public static readonly IReadOnlyDictionary<string, LogLevel> QuietCategories = new Dictionary<string, LogLevel>(StringComparer.Ordinal)
    {
        // "Request starting" / "Request finished" for every HTTP request and gRPC call.
        ["Microsoft.AspNetCore.Hosting.Diagnostics"] = LogLevel.Warning,
        // "Executing endpoint" / "Executed endpoint" for the same.
        ["Microsoft.AspNetCore.Routing"] = LogLevel.Warning,
        // "Error status code 'NotFound' ... raised" for every refused call, which FletActors.Server.Grpc already
        // writes with the method and duration.
        ["Grpc.AspNetCore.Server.ServerCallHandler"] = LogLevel.Warning,
        // "The application completed without reading the entire request body" for every refused stream.
        ["Microsoft.AspNetCore.Server.Kestrel"] = LogLevel.Warning,
    };

    public static void Configure(ILoggingBuilder logging, ConsoleLogFormat format)
    {
        ArgumentNullException.ThrowIfNull(logging);
        if (format == ConsoleLogFormat.Json)
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        // Inserted first: a configured rule for the same category comes later in the list and so wins over these.
        logging.Services.Configure<LoggerFilterOptions>(filters =>
        {
            foreach (var (category, level) in QuietCategories)
            {
                filters.Rules.Insert(0, new LoggerFilterRule(null, category, level, null));
            }
        });
    }
}
