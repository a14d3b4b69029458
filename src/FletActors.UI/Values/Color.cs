using System.Globalization;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// A colour as a control takes it: a named colour from <see cref="Colors"/> (Flet's <c>ft.Colors</c>), one of those
/// with an opacity (<see cref="Colors.WithOpacity"/>), or an exact colour from <see cref="FromHex"/> or
/// <see cref="FromRgb"/>. There is no conversion from a string, so a misspelled colour does not compile.
/// </summary>
public readonly record struct Color : IPropConvertible<Color>
{
    private readonly string? wire;

    private Color(string wire) => this.wire = wire;

    /// <summary>The colour as the client receives it (<c>blue400</c>, <c>onsurfacevariant</c>, <c>primary,0.5</c>, <c>#1e88e5</c>).</summary>
    public string Value => wire ?? throw new InvalidOperationException(
        "This Color is the default value of the type, not a colour; take one from Colors or Color.FromHex.");

    /// <summary>An exact colour from its CSS hex form: <c>#rgb</c> or <c>#rrggbb</c>.</summary>
    /// <exception cref="FormatException">The text is not one of those forms.</exception>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith('#') ? hex[1..] : string.Empty;
        if (digits.Length is not (3 or 6) || !digits.All(char.IsAsciiHexDigit))
        {
            throw new FormatException($"\"{hex}\" is not a hex colour; write #rgb or #rrggbb.");
        }

        return new Color("#" + digits.ToLowerInvariant());
    }

    /// <summary>An exact colour from its red, green and blue parts.</summary>
    public static Color FromRgb(byte red, byte green, byte blue) =>
        new(string.Create(CultureInfo.InvariantCulture, $"#{red:x2}{green:x2}{blue:x2}"));

    /// <inheritdoc />
    public override string ToString() => wire ?? string.Empty;

    static Color IPropConvertible<Color>.FromProp(PropValue value) => new(value.StringValue);

    PropValue IPropConvertible<Color>.ToProp() => PropValue.String(Value);

    /// <summary>A colour known by its wire name (the <see cref="Colors"/> table) or made from one.</summary>
    internal static Color Named(string wire) => new(wire);
}
