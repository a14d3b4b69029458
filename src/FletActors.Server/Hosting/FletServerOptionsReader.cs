using System.Globalization;
using FletActors.Sessions;
using Microsoft.Extensions.Configuration;

namespace FletActors.Server.Hosting;

/// <summary>
/// Reads <see cref="FletServerOptions"/> from the <c>FletActors</c> configuration section with clear errors for values
/// that are not numbers; ranges are checked once, by <see cref="FletServerOptions.Validate"/>, after code has had its say.
/// </summary>
internal static class FletServerOptionsReader
{
    public const string SectionName = "FletActors";

    public static FletServerOptions Read(IConfiguration configuration, FletServerOptions defaults)
    {
        var section = configuration.GetSection(SectionName);
        var sessions = defaults.Sessions;
        var options = defaults with
        {
            BindAddress = section["BindAddress"] ?? defaults.BindAddress,
            HttpPort = Int(section, "HttpPort", defaults.HttpPort),
            GrpcPort = Int(section, "GrpcPort", defaults.GrpcPort),
            CertificatePath = section["CertificatePath"] ?? defaults.CertificatePath,
            CertificatePassword = section["CertificatePassword"] ?? defaults.CertificatePassword,
            MaxMessageBytes = Int(section, "MaxMessageBytes", defaults.MaxMessageBytes),
            ResponseCompression = section["ResponseCompression"] ?? defaults.ResponseCompression,
            ResponseCompressionMinBytes = Int(section, "ResponseCompressionMinBytes", defaults.ResponseCompressionMinBytes),
            Http2MaxStreamsPerConnection = Int(section, "Http2MaxStreamsPerConnection", defaults.Http2MaxStreamsPerConnection),
            Http2KeepAlivePingDelay = Seconds(section, "Http2KeepAlivePingDelaySeconds", defaults.Http2KeepAlivePingDelay),
            Http2KeepAlivePingTimeout = Seconds(section, "Http2KeepAlivePingTimeoutSeconds", defaults.Http2KeepAlivePingTimeout),
            AllowedOrigins = section["AllowedOrigins"] is { } origins
                ? origins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : defaults.AllowedOrigins,
            ShutdownTimeout = Seconds(section, "ShutdownTimeoutSeconds", defaults.ShutdownTimeout),
            CapturedHeaders = section["CapturedHeaders"] is { } headers
                ? headers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : defaults.CapturedHeaders,
            MetricsEnabled = Bool(section, "MetricsEnabled", defaults.MetricsEnabled),
            MetricsPath = section["MetricsPath"] ?? defaults.MetricsPath,
            LogFormat = Format(section, "LogFormat", defaults.LogFormat),
            Sessions = sessions with
            {
                SessionTimeout = Seconds(section, "SessionTimeoutSeconds", sessions.SessionTimeout),
                MaxSessions = Int(section, "MaxSessions", sessions.MaxSessions),
                MaxUnackedBatches = Int(section, "MaxUnackedBatches", sessions.MaxUnackedBatches),
                MaxEventsPerSecond = Int(section, "MaxEventsPerSecond", sessions.MaxEventsPerSecond),
                MaxControlsPerSession = Int(section, "MaxControlsPerSession", sessions.MaxControlsPerSession),
                MaxKeyLength = Int(section, "MaxKeyLength", sessions.MaxKeyLength),
            },
        };
        return options;
    }

    private static int Int(IConfigurationSection section, string key, int fallback) =>
        section[key] is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"FletActors:{key} must be a whole number (got '{text}').", key);

    private static bool Bool(IConfigurationSection section, string key, bool fallback) =>
        section[key] is not { } text ? fallback
        : bool.TryParse(text, out var value) ? value
        : throw new ArgumentException($"FletActors:{key} must be true or false (got '{text}').", key);

    private static ConsoleLogFormat Format(IConfigurationSection section, string key, ConsoleLogFormat fallback) =>
        section[key] is not { } text ? fallback
        : text.Trim().ToUpperInvariant() switch
        {
            "SIMPLE" => ConsoleLogFormat.Simple,
            "JSON" => ConsoleLogFormat.Json,
            _ => throw new ArgumentException($"FletActors:{key} must be 'simple' or 'json' (got '{text}').", key),
        };

    private static TimeSpan Seconds(IConfigurationSection section, string key, TimeSpan fallback) =>
        section[key] is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? TimeSpan.FromSeconds(value)
            : throw new ArgumentException($"FletActors:{key} must be a number of seconds (got '{text}').", key);
}
