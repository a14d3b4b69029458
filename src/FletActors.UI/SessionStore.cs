using System.Diagnostics.CodeAnalysis;

namespace FletActors;

/// <summary>
/// Values kept for the life of the session (<c>page.Session</c>): per-user state that is not part of any control.
/// </summary>
public sealed class SessionStore
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);

    internal SessionStore()
    {
    }

    /// <summary>
    /// Counts the changes made through this store, so the session can replicate its values once per turn that
    /// changed them rather than once per <see cref="Set"/>.
    /// </summary>
    internal int Version { get; private set; }

    /// <summary>The stored values, for the session that replicates them.</summary>
    internal IEnumerable<KeyValuePair<string, object?>> Entries => values;

    /// <summary>The keys in the store.</summary>
    public IReadOnlyCollection<string> Keys => values.Keys;

    /// <summary>Stores a value under <paramref name="key"/>, replacing any previous one.</summary>
    public void Set(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        values[key] = value;
        Version++;
    }

    /// <summary>The value under <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">Nothing is stored under the key.</exception>
    /// <exception cref="InvalidCastException">The stored value is not a <typeparamref name="T"/>.</exception>
    public T Get<T>(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!values.TryGetValue(key, out var value))
        {
            throw new KeyNotFoundException($"The session store holds nothing under \"{key}\".");
        }

        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException(
                $"The session store holds a {value?.GetType().Name ?? "null"} under \"{key}\", not a {typeof(T).Name}."),
        };
    }

    /// <summary>Gets the value under <paramref name="key"/> when there is one of type <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (values.TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Whether anything is stored under <paramref name="key"/>.</summary>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return values.ContainsKey(key);
    }

    /// <summary>Removes the value under <paramref name="key"/>; returns whether there was one.</summary>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!values.Remove(key))
        {
            return false;
        }

        Version++;
        return true;
    }

    /// <summary>Removes every value.</summary>
    public void Clear()
    {
        if (values.Count > 0)
        {
            values.Clear();
            Version++;
        }
    }

    /// <summary>Puts back the values a session of this app held before it was started again elsewhere.</summary>
    internal void Restore(IEnumerable<KeyValuePair<string, object?>> restored)
    {
        foreach (var (key, value) in restored)
        {
            values[key] = value;
        }
    }
}
