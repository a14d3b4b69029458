using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// A Material icon as controls take it. <see cref="Icons"/> names them as Flet's <c>ft.Icons</c> does; an icon
/// outside that set can be named with <see cref="IconName(string)"/>. There is no conversion from a string, so a
/// misspelled icon taken from <see cref="Icons"/> does not compile.
/// </summary>
public readonly record struct IconName : IPropConvertible<IconName>
{
    private readonly string? wire;

    /// <summary>Names a Material icon outside <see cref="Icons"/> by its lower snake case name (<c>shopping_cart</c>).</summary>
    /// <exception cref="FormatException">The name is not lower snake case.</exception>
    public IconName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsSnakeCase(name))
        {
            throw new FormatException($"\"{name}\" is not a Material icon name; they are lower snake case, like \"favorite_border\".");
        }

        wire = name;
    }

    /// <summary>The icon's name as the client receives it.</summary>
    public string Value => wire ?? throw new InvalidOperationException(
        "This IconName is the default value of the type, not an icon; take one from Icons.");

    /// <inheritdoc />
    public override string ToString() => wire ?? string.Empty;

    static IconName IPropConvertible<IconName>.FromProp(PropValue value) => new(value.StringValue);

    PropValue IPropConvertible<IconName>.ToProp() => PropValue.String(Value);

    private static bool IsSnakeCase(string name) =>
        name.Length > 0 && name[0] != '_' && name[^1] != '_' && !name.Contains("__", StringComparison.Ordinal)
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
