namespace FletActors.UI.Patching;

/// <summary>The value kinds of session.proto's <c>PropValue</c> oneof, in its order.</summary>
internal enum PropKind
{
    String,
    Number,
    Int,
    Bool,
    StringList,
    NumberList,
}
