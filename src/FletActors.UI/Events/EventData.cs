using System.Globalization;

namespace FletActors;

/// <summary>The parsers of event data, as CONTROLS.md defines it: <c>true</c>/<c>false</c>, invariant numbers.</summary>
internal static class EventData
{
    public static bool Bool(string data, string control, string eventName = "change") => data switch
    {
        "true" => true,
        "false" => false,
        _ => throw new EventDataException($"a {eventName} of a {control} carries true or false"),
    };

    public static double Number(string data, string control) =>
        double.TryParse(data, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new EventDataException($"a change of a {control} carries a finite number in invariant culture");

    public static int Int(string data, string control) =>
        int.TryParse(data, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new EventDataException($"a change of a {control} carries a whole number");
}
