using System.Collections;

namespace FletActors.Sessions.Logging;

/// <summary>
/// The logging scope of one session: its id, the node that holds it and its shard, as named values a structured
/// formatter (the JSON console) writes as fields, and as text for the simple console.
/// </summary>
internal sealed class SessionLogScope(string sessionId, string node, string? shard) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] values =
    [
        new("SessionId", sessionId),
        new("Node", node),
        new("Shard", shard),
    ];

    public int Count => values.Length;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => shard is null
        ? $"Session {sessionId} on {node}"
        : $"Session {sessionId} on {node}, shard {shard}";
}
