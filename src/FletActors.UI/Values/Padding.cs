using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// Space inside a control's edges, in logical pixels, as Flet's <c>Padding</c>: <see cref="All"/>,
/// <see cref="Symmetric"/> and <see cref="Only"/> build one, and a plain number converts to <see cref="All"/>.
/// </summary>
/// <remarks>
/// On the wire (CONTROLS.md) a padding whose four sides are equal is one number, and any other is the list
/// [left, top, right, bottom].
/// </remarks>
public readonly record struct Padding : IPropConvertible<Padding>
{
    private Padding(double left, double top, double right, double bottom)
    {
        Left = Sides.Check(left, nameof(left));
        Top = Sides.Check(top, nameof(top));
        Right = Sides.Check(right, nameof(right));
        Bottom = Sides.Check(bottom, nameof(bottom));
    }

    /// <summary>Space at the left edge.</summary>
    public double Left { get; }

    /// <summary>Space at the top edge.</summary>
    public double Top { get; }

    /// <summary>Space at the right edge.</summary>
    public double Right { get; }

    /// <summary>Space at the bottom edge.</summary>
    public double Bottom { get; }

    /// <summary>The same space at every edge.</summary>
    public static implicit operator Padding(double value) => All(value);

    /// <summary>The same space at every edge.</summary>
    public static Padding All(double value) => new(value, value, value, value);

    /// <summary><paramref name="vertical"/> at the top and bottom, <paramref name="horizontal"/> at the left and right.</summary>
    public static Padding Symmetric(double vertical = 0, double horizontal = 0) => new(horizontal, vertical, horizontal, vertical);

    /// <summary>Each edge on its own; the ones not named get none.</summary>
    public static Padding Only(double left = 0, double top = 0, double right = 0, double bottom = 0) => new(left, top, right, bottom);

    /// <summary>The same as <see cref="All"/>, for languages without implicit conversions.</summary>
    public static Padding FromDouble(double value) => All(value);

    static Padding IPropConvertible<Padding>.FromProp(PropValue value)
    {
        var (left, top, right, bottom) = Sides.FromProp(value, nameof(Padding));
        return new Padding(left, top, right, bottom);
    }

    PropValue IPropConvertible<Padding>.ToProp() => Sides.ToProp(Left, Top, Right, Bottom);
}
