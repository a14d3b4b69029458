using FletActors.UI.Patching;

namespace FletActors;

/// <summary>
/// A typed value that is one prop on the wire (a colour, an icon, an alignment, a padding): the type itself holds
/// its one conversion both ways, so no control converts it on its own.
/// </summary>
internal interface IPropConvertible<TSelf>
    where TSelf : struct, IPropConvertible<TSelf>
{
    /// <summary>The value as the client receives it.</summary>
    PropValue ToProp();

    /// <summary>Reads back a value <see cref="ToProp"/> made.</summary>
    static abstract TSelf FromProp(PropValue value);
}
