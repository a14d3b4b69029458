using System.Collections.Frozen;
using System.Reflection;

namespace FletActors;

/// <summary>
/// The single mapping between the members of a typed enum and their wire strings, built once per enum from its
/// <see cref="WireNameAttribute"/>s. A member without one is a bug in the enum and fails at first use, naming it.
/// </summary>
internal static class WireNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ToWire = Build();
    private static readonly FrozenDictionary<string, TEnum> FromWire =
        ToWire.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every member with its wire string, in declaration order.</summary>
    public static IEnumerable<KeyValuePair<TEnum, string>> All =>
        Enum.GetValues<TEnum>().Select(value => KeyValuePair.Create(value, ToWire[value]));

    public static string Of(TEnum value) => ToWire.TryGetValue(value, out var name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(value), value,
            $"{value} is not a member of {typeof(TEnum).Name}; use one of its named values.");

    public static TEnum Parse(string wire) => FromWire.TryGetValue(wire, out var value)
        ? value
        : throw new FormatException($"\"{wire}\" is not a {typeof(TEnum).Name} wire name.");

    private static FrozenDictionary<TEnum, string> Build()
    {
        var names = new Dictionary<TEnum, string>();
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var attribute = field.GetCustomAttribute<WireNameAttribute>()
                ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{field.Name} has no [WireName].");
            names.Add((TEnum)field.GetValue(null)!, attribute.Name);
        }

        return names.ToFrozenDictionary();
    }
}
