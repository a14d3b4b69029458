namespace FletActors.Actors;

/// <summary>
/// The live children of one actor by name. Locked because the /user guardian's children are spawned from any
/// thread (<see cref="ActorSystem.Spawn"/>); an ordinary actor only touches it in its turns, uncontended.
/// </summary>
internal sealed class ChildrenContainer
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LocalActorRef> _byName = new(StringComparer.Ordinal);
    private HashSet<LocalActorRef>? _stopping;
    private bool _closed;
    private long _nameCounter;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byName.Count;
            }
        }
    }

    public int StoppingCount
    {
        get
        {
            lock (_lock)
            {
                return _stopping?.Count ?? 0;
            }
        }
    }

    public string NextName()
    {
        lock (_lock)
        {
            return "$" + (++_nameCounter).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Registers a new child; throws when the name is taken or the parent is stopping.</summary>
    public void Add(LocalActorRef child, IActorRef parent)
    {
        lock (_lock)
        {
            if (_closed)
            {
                throw new InvalidOperationException(
                    $"Cannot spawn '{child.Name}': '{parent.Path}' is stopping and accepts no new children.");
            }

            if (!_byName.TryAdd(child.Name, child))
            {
                throw new InvalidActorNameException(
                    $"An actor named '{child.Name}' already exists under '{parent.Path}'; names are unique among "
                    + "live siblings (pass null to get a generated one).");
            }
        }
    }

    public bool Contains(IActorRef child)
    {
        lock (_lock)
        {
            return _byName.TryGetValue(child.Name, out var existing) && existing.Equals(child);
        }
    }

    public bool Remove(IActorRef child)
    {
        lock (_lock)
        {
            if (!_byName.TryGetValue(child.Name, out var existing) || !existing.Equals(child))
            {
                return false;
            }

            _byName.Remove(child.Name);
            _stopping?.Remove(existing);
            return true;
        }
    }

    /// <summary>Marks a child as being stopped; false when it is not a live child.</summary>
    public bool MarkStopping(IActorRef child)
    {
        lock (_lock)
        {
            if (!_byName.TryGetValue(child.Name, out var existing) || !existing.Equals(child))
            {
                return false;
            }

            return (_stopping ??= []).Add(existing) || true;
        }
    }

    /// <summary>Refuses new children and returns the live ones, all marked as stopping.</summary>
    public LocalActorRef[] CloseAndStopAll()
    {
        lock (_lock)
        {
            _closed = true;
            var all = _byName.Values.ToArray();
            _stopping ??= [];
            _stopping.UnionWith(all);
            return all;
        }
    }

    public IActorRef[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _byName.Values];
        }
    }
}
