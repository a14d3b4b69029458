using System.Globalization;

namespace FletActors.Sessions;

/// <summary>
/// Quotes text a client sent inside a status or an error report. A client may send megabytes where a name belongs;
/// echoing it whole would make the answer larger than the client accepts (a 32 KB grpc-message header, a report
/// beyond MaxMessageBytes), so only a short prefix is quoted, marked with the full length.
/// </summary>
internal static class ClientText
{
    /// <summary>Characters of client text quoted before the rest is elided.</summary>
    public const int MaxQuotedChars = 64;

    /// <summary>The text in quotes, or its first <see cref="MaxQuotedChars"/> characters and its length when longer.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxQuotedChars)
        {
            return $"\"{text}\"";
        }

        var end = MaxQuotedChars;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"\"{text[..end]}…\" ({text.Length} characters)");
    }
}
