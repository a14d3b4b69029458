using System.Globalization;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// What the four-sided values (<see cref="Padding"/>, <see cref="Margin"/>, <see cref="BorderRadius"/>) share: the
/// check of each side and their one wire form.
/// </summary>
/// <remarks>
/// Four equal sides travel as one number, so the common uniform value costs what it always did on the wire; four
/// sides that differ travel as a list of four numbers in the order the type names them (CONTROLS.md).
/// </remarks>
internal static class Sides
{
    /// <summary>The number of values a four-sided value carries when its sides differ.</summary>
    public const int Count = 4;

    // -0 becomes 0 so that what the client sees never depends on the sign of a zero.
    public static double Check(double value, string name) => double.IsFinite(value) && value >= 0
        ? value + 0.0
        : throw new ArgumentOutOfRangeException(name, value.ToString(CultureInfo.InvariantCulture),
            "A side takes a finite number of logical pixels, 0 or more.");

    /// <summary>One number when all four sides agree, else the four in the order given.</summary>
    public static PropValue ToProp(double a, double b, double c, double d) => a == b && b == c && c == d
        ? PropValue.Number(a)
        : PropValue.NumberList([a, b, c, d]);

    /// <summary>The four sides of a value <see cref="ToProp"/> made, in the order it was given them.</summary>
    public static (double A, double B, double C, double D) FromProp(PropValue value, string typeName)
    {
        if (value.Kind == PropKind.Number)
        {
            return (value.NumberValue, value.NumberValue, value.NumberValue, value.NumberValue);
        }

        var sides = value.NumberListValue;
        return sides.Count == Count
            ? (sides[0], sides[1], sides[2], sides[3])
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A {typeName} takes one number or a list of {Count}, not a list of {sides.Count}."), nameof(value));
    }
}
