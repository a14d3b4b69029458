using System.Globalization;
using System.Text;
using FletActors.Protocol.V1;

namespace FletActors.Client;

public sealed partial class ClientTree
{
    /// <summary>
    /// A stable text form of the whole mirror for assertions and diffs: one line per control
    /// (<c>type#id key("k") name=value ...</c>, props in ordinal order), one line per non-empty slot (<c>slot:</c>,
    /// slots in ordinal order), two spaces of indent per level. Strings are quoted, numbers always show a decimal
    /// point, ints never do, lists (of strings or of numbers) are bracketed. Two mirrors with the same dump hold the
    /// same tree.
    /// </summary>
    public string Dump()
    {
        var text = new StringBuilder();
        AppendControl(text, Root, 0);
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Dump();

    /// <summary>Formats one prop value the way <see cref="Dump"/> does.</summary>
    public static string FormatValue(PropValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.KindCase switch
        {
            PropValue.KindOneofCase.StringValue => Quote(value.StringValue),
            PropValue.KindOneofCase.NumberValue => FormatNumber(value.NumberValue),
            PropValue.KindOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
            PropValue.KindOneofCase.BoolValue => value.BoolValue ? "true" : "false",
            PropValue.KindOneofCase.StringList => "[" + string.Join(", ", value.StringList.Values.Select(Quote)) + "]",
            PropValue.KindOneofCase.NumberList => "[" + string.Join(", ", value.NumberList.Values.Select(FormatNumber)) + "]",
            _ => "unset",
        };
    }

    private static void AppendControl(StringBuilder text, ClientControl control, int depth)
    {
        text.Append(' ', depth * 2).Append(control.Type).Append('#').Append(control.Id.ToString(CultureInfo.InvariantCulture));
        if (control.Key is not null)
        {
            text.Append(" key(").Append(Quote(control.Key)).Append(')');
        }

        foreach (var (name, value) in control.Props.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(' ').Append(name).Append('=').Append(FormatValue(value));
        }

        text.Append('\n');
        foreach (var slot in control.SlotNames.Order(StringComparer.Ordinal))
        {
            text.Append(' ', (depth + 1) * 2).Append(slot).Append(":\n");
            foreach (var child in control.Children(slot))
            {
                AppendControl(text, child, depth + 2);
            }
        }
    }

    private static string FormatNumber(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".EN") >= 0 || text.Contains("Infinity", StringComparison.Ordinal)
            ? text
            : text + ".0";
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                < ' ' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
