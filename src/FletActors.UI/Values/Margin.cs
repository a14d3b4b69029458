using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// Space outside a control's edges, in logical pixels, as Flet's <c>Margin</c>: <see cref="All"/>,
/// <see cref="Symmetric"/> and <see cref="Only"/> build one, and a plain number converts to <see cref="All"/>.
/// </summary>
/// <remarks>
/// On the wire (CONTROLS.md) a margin whose four sides are equal is one number, and any other is the list
/// [left, top, right, bottom].
/// </remarks>
public readonly record struct Margin : IPropConvertible<Margin>
{
    private Margin(double left, double top, double right, double bottom)
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
    public static implicit operator Margin(double value) => All(value);

    /// <summary>The same space at every edge.</summary>
    public static Margin All(double value) => new(value, value, value, value);

    /// <summary><paramref name="vertical"/> at the top and bottom, <paramref name="horizontal"/> at the left and right.</summary>
    public static Margin Symmetric(double vertical = 0, double horizontal = 0) => new(horizontal, vertical, horizontal, vertical);

    /// <summary>Each edge on its own; the ones not named get none.</summary>
    public static Margin Only(double left = 0, double top = 0, double right = 0, double bottom = 0) => new(left, top, right, bottom);

    /// <summary>The same as <see cref="All"/>, for languages without implicit conversions.</summary>
    public static Margin FromDouble(double value) => All(value);

    static Margin IPropConvertible<Margin>.FromProp(PropValue value)
    {
        var (left, top, right, bottom) = Sides.FromProp(value, nameof(Margin));
        return new Margin(left, top, right, bottom);
    }

    PropValue IPropConvertible<Margin>.ToProp() => Sides.ToProp(Left, Top, Right, Bottom);
}
