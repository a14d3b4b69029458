using System.Globalization;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// Where a Container places its content, as Flet's <c>Alignment(x, y)</c>: x and y run from -1 (left, top) through
/// 0 (centre) to 1 (right, bottom). The control catalogue carries the nine points of that grid, which the named
/// values (<see cref="Center"/>, <see cref="TopLeft"/> ...) cover.
/// </summary>
public readonly record struct Alignment : IPropConvertible<Alignment>
{
    // Row by y, column by x, each from -1 to 1: the catalogue's names for the nine points.
    private static readonly string[,] Names =
    {
        { "top_left", "top_center", "top_right" },
        { "center_left", "center", "center_right" },
        { "bottom_left", "bottom_center", "bottom_right" },
    };

    /// <summary>Creates the alignment at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">x or y is not -1, 0 or 1, the points the catalogue carries.</exception>
    public Alignment(double x, double y)
    {
        X = CheckAxis(x, nameof(x));
        Y = CheckAxis(y, nameof(y));
    }

    /// <summary>The top left corner.</summary>
    public static Alignment TopLeft { get; } = new(-1, -1);

    /// <summary>The middle of the top edge.</summary>
    public static Alignment TopCenter { get; } = new(0, -1);

    /// <summary>The top right corner.</summary>
    public static Alignment TopRight { get; } = new(1, -1);

    /// <summary>The middle of the left edge.</summary>
    public static Alignment CenterLeft { get; } = new(-1, 0);

    /// <summary>The centre.</summary>
    public static Alignment Center { get; } = new(0, 0);

    /// <summary>The middle of the right edge.</summary>
    public static Alignment CenterRight { get; } = new(1, 0);

    /// <summary>The bottom left corner.</summary>
    public static Alignment BottomLeft { get; } = new(-1, 1);

    /// <summary>The middle of the bottom edge.</summary>
    public static Alignment BottomCenter { get; } = new(0, 1);

    /// <summary>The bottom right corner.</summary>
    public static Alignment BottomRight { get; } = new(1, 1);

    /// <summary>-1 left, 0 centre, 1 right.</summary>
    public double X { get; }

    /// <summary>-1 top, 0 centre, 1 bottom.</summary>
    public double Y { get; }

    /// <inheritdoc />
    public override string ToString() => Names[(int)Y + 1, (int)X + 1];

    static Alignment IPropConvertible<Alignment>.FromProp(PropValue value)
    {
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                if (Names[row, column] == value.StringValue)
                {
                    return new Alignment(column - 1, row - 1);
                }
            }
        }

        throw new FormatException($"\"{value.StringValue}\" is not an alignment name.");
    }

    PropValue IPropConvertible<Alignment>.ToProp() => PropValue.String(ToString());

    private static double CheckAxis(double value, string name) => value is -1 or 0 or 1
        ? value + 0.0 // -0.0 and 0.0 are the same point.
        : throw new ArgumentOutOfRangeException(name, value.ToString(CultureInfo.InvariantCulture),
            "The control catalogue carries alignments at -1, 0 and 1 on each axis (its nine named points).");
}
