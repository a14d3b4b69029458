using System.Globalization;

namespace FletActors;

/// <summary>The checks the four-sided values (<see cref="Padding"/>, <see cref="Margin"/>, <see cref="BorderRadius"/>) share.</summary>
internal static class Sides
{
    public static double Check(double value, string name) => double.IsFinite(value) && value >= 0
        ? value
        : throw new ArgumentOutOfRangeException(name, value.ToString(CultureInfo.InvariantCulture),
            "A side takes a finite number of logical pixels, 0 or more.");

    /// <summary>The one number the catalogue carries for a four-sided value, when all four sides agree.</summary>
    public static double Uniform(string typeName, double a, double b, double c, double d) => a == b && b == c && c == d
        ? a
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"The control catalogue carries one number for a {typeName}, so its four sides must be equal; this one has {a}, {b}, {c} and {d}. Use {typeName}.All(...)."));
}
