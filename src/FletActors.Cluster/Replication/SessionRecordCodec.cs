using Akka.Cluster;
using FletActors.Cluster.Serialization.Wire;
using FletActors.Sessions;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace FletActors.Cluster.Replication;

/// <summary>
/// A session's record as the bytes kept in DistributedData (<see cref="SessionRecordWire"/>), at most
/// <paramref name="maxBytes"/> long. Values that cannot be written as JSON, or that would make the record larger, are
/// left out with a warning naming their key: they stay on the session's own node, and the app's Set never fails.
/// </summary>
internal sealed class SessionRecordCodec(int maxBytes, ILogger logger)
{
    /// <summary>The largest record in bytes.</summary>
    public int MaxBytes { get; } = maxBytes;

    /// <summary>Encodes what <paramref name="snapshot"/> holds, now, as the record of a session held by <paramref name="owner"/>.</summary>
    public byte[] Encode(string sessionId, SessionSnapshot snapshot, UniqueAddress owner)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(owner);
        var record = new SessionRecordWire
        {
            App = snapshot.App,
            Route = snapshot.Route,
            OwnerNode = owner.Address.ToString(),
            OwnerUid = owner.Uid,
            OwnerLeaving = snapshot.OwnerLeaving,
            IdentityKey = snapshot.IdentityKey,
        };
        if (record.CalculateSize() > MaxBytes)
        {
            ReplicationLog.ValueNotReplicated(logger, sessionId, "(route)", $"the route is too long for a record of {MaxBytes} bytes (FletActors:Cluster:MaxSessionRecordBytes); a restart opens /");
            record.Route = "/";
        }

        foreach (var (key, value) in snapshot.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (!SessionValueCodec.TryEncode(value, out var typeName, out var json, out var problem))
            {
                ReplicationLog.ValueNotReplicated(logger, sessionId, key, problem);
                continue;
            }

            var wire = new SessionValueWire { Key = key, TypeName = typeName, Json = json };
            var grown = record.CalculateSize() + CodedOutputStream.ComputeMessageSize(wire) + 1;
            if (grown > MaxBytes)
            {
                ReplicationLog.ValueNotReplicated(logger, sessionId, key,
                    $"the record would grow to {grown} bytes, more than FletActors:Cluster:MaxSessionRecordBytes ({MaxBytes})");
                continue;
            }

            record.Values.Add(wire);
        }

        return record.ToByteArray();
    }

    /// <summary>The record in <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are no session record.</exception>
    public static SessionRecordWire Decode(byte[] bytes)
    {
        try
        {
            return SessionRecordWire.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"Not a session record: {e.Message}", e);
        }
    }

    /// <summary>The values of <paramref name="record"/> this node can restore; the others are skipped with a warning.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> RestoreValues(string sessionId, SessionRecordWire record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var values = new List<KeyValuePair<string, object?>>(record.Values.Count);
        foreach (var wire in record.Values)
        {
            if (SessionValueCodec.TryDecode(wire.TypeName, wire.Json, out var value, out var problem))
            {
                values.Add(KeyValuePair.Create(wire.Key, value));
            }
            else
            {
                ReplicationLog.ValueNotRestored(logger, sessionId, wire.Key, problem);
            }
        }

        return values;
    }
}
