using System.Collections.Concurrent;
using System.Runtime.Serialization;
using System.Text.Json;
using FletActors.Cluster.Serialization.Wire;
using Google.Protobuf;

namespace FletActors.Cluster.Serialization;

/// <summary>
/// An app's pub/sub message as bytes any node reads back: strings, bools, ints, longs, doubles and floats as
/// themselves, anything else as System.Text.Json with its type's name. What cannot make that trip is refused when it
/// is published, with an exception that names its type, rather than lost on the way.
/// </summary>
internal static class PubSubPayloadCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    // Why System.Text.Json cannot read a type back (null when it can), found by reading back the first message of the
    // type that this node publishes. Kept per type: whether a constructor and properties fit is a matter of the type.
    private static readonly ConcurrentDictionary<Type, string?> ReadBackFailures = new();

    /// <summary>Encodes <paramref name="message"/>; throws <see cref="ArgumentException"/> naming its type when it cannot cross nodes.</summary>
    public static ByteString Encode(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var wire = message switch
        {
            string text => new PubSubPayloadWire { Text = text },
            bool flag => new PubSubPayloadWire { Flag = flag },
            int value => new PubSubPayloadWire { Int32Value = value },
            long value => new PubSubPayloadWire { Int64Value = value },
            double value => new PubSubPayloadWire { DoubleValue = value },
            float value => new PubSubPayloadWire { FloatValue = value },
            _ => new PubSubPayloadWire { Json = ToJson(message) },
        };
        return wire.ToByteString();
    }

    /// <summary>The message <see cref="Encode"/> encoded, as a new object of its type.</summary>
    public static object Decode(ByteString payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var wire = PubSubPayloadWire.Parser.ParseFrom(payload);
        return wire.ValueCase switch
        {
            PubSubPayloadWire.ValueOneofCase.Text => wire.Text,
            PubSubPayloadWire.ValueOneofCase.Flag => wire.Flag,
            PubSubPayloadWire.ValueOneofCase.Int32Value => wire.Int32Value,
            PubSubPayloadWire.ValueOneofCase.Int64Value => wire.Int64Value,
            PubSubPayloadWire.ValueOneofCase.DoubleValue => wire.DoubleValue,
            PubSubPayloadWire.ValueOneofCase.FloatValue => wire.FloatValue,
            PubSubPayloadWire.ValueOneofCase.Json => FromJson(wire.Json),
            _ => throw new SerializationException("A pub/sub payload carries no value."),
        };
    }

    /// <summary>The name a JSON payload carries for <paramref name="type"/>: full name and assembly, no version.</summary>
    public static string TypeNameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return $"{type.FullName}, {type.Assembly.GetName().Name}";
    }

    private static JsonPayloadWire ToJson(object message)
    {
        var type = message.GetType();
        byte[] utf8;
        try
        {
            utf8 = JsonSerializer.SerializeToUtf8Bytes(message, type, Json);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            throw Refused(type, e.Message, e);
        }

        if (ReadBackFailures.GetOrAdd(type, static (t, json) => ReadBackFailure(t, json), utf8) is { } failure)
        {
            throw Refused(type, failure, inner: null);
        }

        return new JsonPayloadWire { TypeName = TypeNameOf(type), Utf8Json = ByteString.CopyFrom(utf8) };
    }

    private static string? ReadBackFailure(Type type, byte[] utf8)
    {
        if (type.FullName is null || Type.GetType(TypeNameOf(type), throwOnError: false) != type)
        {
            return "its name does not lead back to it (a type made at run time?).";
        }

        try
        {
            var back = JsonSerializer.Deserialize(utf8, type, Json);
            return back?.GetType() == type ? null : $"it reads back as {back?.GetType().FullName ?? "null"}.";
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            return e.Message;
        }
    }

    private static ArgumentException Refused(Type type, string reason, Exception? inner) => new(
        $"Page.PubSub cannot send a {type.FullName} to sessions on other nodes: System.Text.Json cannot write it and read "
        + $"it back ({reason.TrimEnd('.')}). Send a string, a number, a bool, or a type with public properties that a public "
        + "constructor takes.",
        inner);

    private static object FromJson(JsonPayloadWire json)
    {
        // Only members of this cluster send payloads, and they run the same apps, so the name is that of a type the
        // sending node published; an unknown one means the nodes run different builds.
        var type = Type.GetType(json.TypeName, throwOnError: false)
            ?? throw new SerializationException($"Pub/sub message type '{json.TypeName}' is not known on this node.");
        return JsonSerializer.Deserialize(json.Utf8Json.Span, type, Json)
            ?? throw new SerializationException($"A pub/sub message of type '{json.TypeName}' reads back as null.");
    }
}
