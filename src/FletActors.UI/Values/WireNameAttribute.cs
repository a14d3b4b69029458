namespace FletActors;

/// <summary>
/// The string a member of a typed enum stands for on the wire (CONTROLS.md, Flet's own spelling). Every enum-valued
/// prop is converted through <see cref="WireNames{TEnum}"/>, which reads these attributes and nothing else.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
internal sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
