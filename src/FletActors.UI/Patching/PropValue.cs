using System.Globalization;

namespace FletActors.UI.Patching;

/// <summary>
/// An immutable typed prop value, the counterpart of session.proto's <c>PropValue</c>: exactly one of string, number
/// (double), int (long), bool, string list or number list. A missing value (<c>null</c> where a <see cref="PropValue"/> is
/// expected) means "reset to the default".
/// </summary>
internal sealed class PropValue : IEquatable<PropValue>
{
    public static readonly PropValue True = new(PropKind.Bool, null, 0, 1, null, null);
    public static readonly PropValue False = new(PropKind.Bool, null, 0, 0, null, null);

    private readonly string? text;
    private readonly double number;
    private readonly long integer;
    private readonly IReadOnlyList<string>? list;
    private readonly IReadOnlyList<double>? numbers;

    private PropValue(PropKind kind, string? text, double number, long integer, IReadOnlyList<string>? list, IReadOnlyList<double>? numbers)
    {
        Kind = kind;
        this.text = text;
        this.number = number;
        this.integer = integer;
        this.list = list;
        this.numbers = numbers;
    }

    public PropKind Kind { get; }

    public string StringValue => Kind == PropKind.String ? text! : throw WrongKind(PropKind.String);

    public double NumberValue => Kind == PropKind.Number ? number : throw WrongKind(PropKind.Number);

    public long IntValue => Kind == PropKind.Int ? integer : throw WrongKind(PropKind.Int);

    public bool BoolValue => Kind == PropKind.Bool ? integer != 0 : throw WrongKind(PropKind.Bool);

    public IReadOnlyList<string> StringListValue => Kind == PropKind.StringList ? list! : throw WrongKind(PropKind.StringList);

    public IReadOnlyList<double> NumberListValue => Kind == PropKind.NumberList ? numbers! : throw WrongKind(PropKind.NumberList);

    public static PropValue String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PropValue(PropKind.String, value, 0, 0, null, null);
    }

    public static PropValue Number(double value) => new(PropKind.Number, null, value, 0, null, null);

    public static PropValue Int(long value) => new(PropKind.Int, null, 0, value, null, null);

    public static PropValue Bool(bool value) => value ? True : False;

    public static PropValue StringList(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        foreach (var value in copy)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
        }

        return new PropValue(PropKind.StringList, null, 0, 0, Array.AsReadOnly(copy), null);
    }

    public static PropValue NumberList(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new PropValue(PropKind.NumberList, null, 0, 0, null, Array.AsReadOnly(values.ToArray()));
    }

    public bool Equals(PropValue? other)
    {
        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        return Kind switch
        {
            PropKind.String => string.Equals(text, other.text, StringComparison.Ordinal),
            // Bitwise, so that NaN equals NaN and 0.0 differs from -0.0: the client must see exactly what was set.
            PropKind.Number => BitConverter.DoubleToInt64Bits(number) == BitConverter.DoubleToInt64Bits(other.number),
            PropKind.StringList => list!.SequenceEqual(other.list!, StringComparer.Ordinal),
            PropKind.NumberList => numbers!.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(other.numbers!.Select(BitConverter.DoubleToInt64Bits)),
            _ => integer == other.integer,
        };
    }

    public override bool Equals(object? obj) => Equals(obj as PropValue);

    public override int GetHashCode() => Kind switch
    {
        PropKind.String => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(text!)),
        PropKind.Number => HashCode.Combine(Kind, BitConverter.DoubleToInt64Bits(number)),
        PropKind.StringList => HashCode.Combine(Kind, list!.Count),
        PropKind.NumberList => HashCode.Combine(Kind, numbers!.Count),
        _ => HashCode.Combine(Kind, integer),
    };

    public override string ToString() => Kind switch
    {
        PropKind.String => $"\"{text}\"",
        PropKind.Number => number.ToString("R", CultureInfo.InvariantCulture),
        PropKind.Int => integer.ToString(CultureInfo.InvariantCulture),
        PropKind.Bool => integer != 0 ? "true" : "false",
        PropKind.NumberList => $"[{string.Join(", ", numbers!.Select(n => n.ToString("R", CultureInfo.InvariantCulture)))}]",
        _ => $"[{string.Join(", ", list!.Select(s => $"\"{s}\""))}]",
    };

    private InvalidOperationException WrongKind(PropKind wanted) =>
        new($"The prop value is a {Kind}, not a {wanted}.");
}
