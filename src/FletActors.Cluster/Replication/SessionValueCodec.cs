using System.Text.Json;

namespace FletActors.Cluster.Replication;

/// <summary>
/// One <c>Page.Session</c> value as text another node can turn back into the same kind of object: its type's name
/// ("Namespace.Type, Assembly") and its System.Text.Json form. Strings, primitives and any object System.Text.Json
/// writes and reads qualify; null is an empty type name.
/// </summary>
internal static class SessionValueCodec
{
    /// <summary>
    /// The deepest object graph written or read; a deeper one (or a cycle) is refused rather than followed, and the
    /// record's size limit (<c>MaxSessionRecordBytes</c>) bounds the rest.
    /// </summary>
    public const int MaxJsonDepth = 32;

    private static readonly JsonSerializerOptions Json = new() { MaxDepth = MaxJsonDepth };

    /// <summary>Encodes <paramref name="value"/>; false with the reason when it cannot be replicated.</summary>
    public static bool TryEncode(object? value, out string typeName, out string json, out string problem)
    {
        typeName = "";
        json = "null";
        problem = "";
        if (value is null)
        {
            return true;
        }

        var type = value.GetType();
        if (type.FullName is null || type.IsGenericTypeDefinition || typeof(Delegate).IsAssignableFrom(type))
        {
            problem = $"a {type.Name} cannot be written as JSON";
            return false;
        }

        typeName = $"{type.FullName}, {type.Assembly.GetName().Name}";
        try
        {
            json = JsonSerializer.Serialize(value, type, Json);
            return true;
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            problem = $"System.Text.Json cannot write a {type.Name}: {e.Message}";
            return false;
        }
    }

    /// <summary>Decodes a value <see cref="TryEncode"/> wrote; false with the reason when it cannot be restored here.</summary>
    public static bool TryDecode(string typeName, string json, out object? value, out string problem)
    {
        value = null;
        problem = "";
        if (typeName.Length == 0)
        {
            return true;
        }

        var type = Type.GetType(typeName, throwOnError: false);
        if (type is null)
        {
            problem = $"this node has no type {typeName}";
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(json, type, Json);
            return true;
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            problem = $"System.Text.Json cannot read a {type.Name}: {e.Message}";
            return false;
        }
    }
}
