using System.Globalization;

namespace FletActors.UI.Patching;

/// <summary>
/// An immutable typed prop value, the counterpart of session.proto's <c>PropValue</c>: exactly one of string, number
/// (double), int (long), bool, string list or number list. A missing value (<c>null</c> where a <see cref="PropValue"/> is
/// expected) means "reset to the default".
/// </summary>
/// <remarks>
/// An idle page keeps one of these per non-default prop, so the payload shares two fields: a reference (the string
/// or the list) and 64 bits (the double's bits, the long, or 0/1 for a bool).
/// </remarks>
internal sealed class PropValue : IEquatable<PropValue>
{
    public static readonly PropValue True = new(PropKind.Bool, null, 1);
    public static readonly PropValue False = new(PropKind.Bool, null, 0);

    private readonly object? reference;
    private readonly long bits;

    private PropValue(PropKind kind, object? reference, long bits)
    {
        Kind = kind;
        this.reference = reference;
        this.bits = bits;
    }

    public PropKind Kind { get; }

    public string StringValue => Kind == PropKind.String ? (string)reference! : throw WrongKind(PropKind.String);

    public double NumberValue => Kind == PropKind.Number ? BitConverter.Int64BitsToDouble(bits) : throw WrongKind(PropKind.Number);

    public long IntValue => Kind == PropKind.Int ? bits : throw WrongKind(PropKind.Int);

    public bool BoolValue => Kind == PropKind.Bool ? bits != 0 : throw WrongKind(PropKind.Bool);

    public IReadOnlyList<string> StringListValue => Kind == PropKind.StringList ? Strings : throw WrongKind(PropKind.StringList);

    public IReadOnlyList<double> NumberListValue => Kind == PropKind.NumberList ? Numbers : throw WrongKind(PropKind.NumberList);

    private IReadOnlyList<string> Strings => (IReadOnlyList<string>)reference!;

    private IReadOnlyList<double> Numbers => (IReadOnlyList<double>)reference!;

    public static PropValue String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PropValue(PropKind.String, value, 0);
    }

    public static PropValue Number(double value) => new(PropKind.Number, null, BitConverter.DoubleToInt64Bits(value));

    public static PropValue Int(long value) => new(PropKind.Int, null, value);

    public static PropValue Bool(bool value) => value ? True : False;

    public static PropValue StringList(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        foreach (var value in copy)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
        }

        return new PropValue(PropKind.StringList, Array.AsReadOnly(copy), 0);
    }

    public static PropValue NumberList(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new PropValue(PropKind.NumberList, Array.AsReadOnly(values.ToArray()), 0);
    }

    public bool Equals(PropValue? other)
    {
        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        return Kind switch
        {
            PropKind.String => string.Equals((string)reference!, (string)other.reference!, StringComparison.Ordinal),
            PropKind.StringList => Strings.SequenceEqual(other.Strings, StringComparer.Ordinal),
            PropKind.NumberList => Numbers.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(other.Numbers.Select(BitConverter.DoubleToInt64Bits)),
            // A number compares by its bits, so that NaN equals NaN and 0.0 differs from -0.0: the client must see
            // exactly what was set.
            _ => bits == other.bits,
        };
    }

    public override bool Equals(object? obj) => Equals(obj as PropValue);

    public override int GetHashCode() => Kind switch
    {
        PropKind.String => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode((string)reference!)),
        PropKind.StringList => HashCode.Combine(Kind, Strings.Count),
        PropKind.NumberList => HashCode.Combine(Kind, Numbers.Count),
        _ => HashCode.Combine(Kind, bits),
    };

    public override string ToString() => Kind switch
    {
        PropKind.String => $"\"{reference}\"",
        PropKind.Number => NumberValue.ToString("R", CultureInfo.InvariantCulture),
        PropKind.Int => bits.ToString(CultureInfo.InvariantCulture),
        PropKind.Bool => bits != 0 ? "true" : "false",
        PropKind.NumberList => $"[{string.Join(", ", Numbers.Select(n => n.ToString("R", CultureInfo.InvariantCulture)))}]",
        _ => $"[{string.Join(", ", Strings.Select(s => $"\"{s}\""))}]",
    };

    private InvalidOperationException WrongKind(PropKind wanted) =>
        new($"The prop value is a {Kind}, not a {wanted}.");
}
