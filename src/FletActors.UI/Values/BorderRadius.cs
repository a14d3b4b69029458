using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// The radius of a control's corners, in logical pixels, as Flet's <c>BorderRadius</c>: <see cref="All"/>,
/// <see cref="Only"/>, <see cref="Horizontal"/> and <see cref="Vertical"/> build one, and a plain number converts to
/// <see cref="All"/>.
/// </summary>
/// <remarks>
/// On the wire (CONTROLS.md) a radius whose four corners are equal is one number, and any other is the list
/// [top_left, top_right, bottom_left, bottom_right], Flet's order of the corners.
/// </remarks>
public readonly record struct BorderRadius : IPropConvertible<BorderRadius>
{
    private BorderRadius(double topLeft, double topRight, double bottomLeft, double bottomRight)
    {
        TopLeft = Sides.Check(topLeft, nameof(topLeft));
        TopRight = Sides.Check(topRight, nameof(topRight));
        BottomLeft = Sides.Check(bottomLeft, nameof(bottomLeft));
        BottomRight = Sides.Check(bottomRight, nameof(bottomRight));
    }

    /// <summary>The top left corner's radius.</summary>
    public double TopLeft { get; }

    /// <summary>The top right corner's radius.</summary>
    public double TopRight { get; }

    /// <summary>The bottom left corner's radius.</summary>
    public double BottomLeft { get; }

    /// <summary>The bottom right corner's radius.</summary>
    public double BottomRight { get; }

    /// <summary>The same radius at every corner.</summary>
    public static implicit operator BorderRadius(double value) => All(value);

    /// <summary>The same radius at every corner.</summary>
    public static BorderRadius All(double value) => new(value, value, value, value);

    /// <summary>Each corner on its own; the ones not named stay square.</summary>
    public static BorderRadius Only(double topLeft = 0, double topRight = 0, double bottomLeft = 0, double bottomRight = 0) =>
        new(topLeft, topRight, bottomLeft, bottomRight);

    /// <summary><paramref name="left"/> for both left corners, <paramref name="right"/> for both right ones.</summary>
    public static BorderRadius Horizontal(double left = 0, double right = 0) => new(left, right, left, right);

    /// <summary><paramref name="top"/> for both top corners, <paramref name="bottom"/> for both bottom ones.</summary>
    public static BorderRadius Vertical(double top = 0, double bottom = 0) => new(top, top, bottom, bottom);

    /// <summary>The same as <see cref="All"/>, for languages without implicit conversions.</summary>
    public static BorderRadius FromDouble(double value) => All(value);

    static BorderRadius IPropConvertible<BorderRadius>.FromProp(PropValue value)
    {
        var (topLeft, topRight, bottomLeft, bottomRight) = Sides.FromProp(value, nameof(BorderRadius));
        return new BorderRadius(topLeft, topRight, bottomLeft, bottomRight);
    }

    PropValue IPropConvertible<BorderRadius>.ToProp() => Sides.ToProp(TopLeft, TopRight, BottomLeft, BottomRight);
}
