namespace FletActors.Actors;

/// <summary>Spawning and stopping children.</summary>
internal sealed partial class ActorCell
{
    public IReadOnlyCollection<IActorRef> Children
    {
        get
        {
            CheckInTurn(nameof(Children));
            return _extras?.Children?.Snapshot() ?? [];
        }
    }

    public IActorRef Spawn(Props props, string? name = null)
    {
        CheckInTurn(nameof(Spawn));
        return SpawnChild(props, name);
    }

    public void Stop(IActorRef actor)
    {
        CheckInTurn(nameof(Stop));
        if (actor.Equals(_self))
        {
            BeginStop();
            return;
        }

        if (_extras?.Children is not { } children || !children.MarkStopping(actor))
        {
            throw new InvalidOperationException(
                $"'{_self.Path}' can stop only itself and its children, not '{actor.Path}'. Send it a PoisonPill or "
                + "use ActorSystem.Stop.");
        }

        ActorRefBase.From(actor, nameof(actor)).SendSystemMessage(new Terminate());
    }

    /// <summary>Creates and registers a child; also the entry point of <see cref="ActorSystem.Spawn"/> on the guardian.</summary>
    internal IActorRef SpawnChild(Props props, string? name)
    {
        ArgumentNullException.ThrowIfNull(props);
        props.Validate();
        var children = ChildrenOrCreate();
        if (name is null)
        {
            name = children.NextName();
        }
        else
        {
            ValidateName(name);
        }

        var child = new ActorCell(_system, this, props, new ActorPath(_self.Path, name, _system.NextUid()));
        children.Add(child._self, _self);
        child.SendSystemMessage(new Create());
        return child._self;
    }

    private ChildrenContainer ChildrenOrCreate()
    {
        var extras = Extras;
        if (extras.Children is { } existing)
        {
            return existing;
        }

        // Only the guardian is spawned into from several threads; it creates its container at construction.
        return extras.Children = new ChildrenContainer();
    }

    /// <summary>
    /// Called by a terminating child on its own thread, before anyone hears of its death, so a watcher told
    /// <see cref="Terminated"/> can at once spawn a successor with the same name. The container locks itself.
    /// </summary>
    internal void ReleaseChildName(IActorRef child) => _extras?.Children?.Remove(child);

    private void OnChildTerminated(IActorRef child)
    {
        _extras?.RestartStatistics?.Remove(child);

        if (IsStopping)
        {
            TryFinishStop();
        }
        else
        {
            TryFinishRestart();
        }
    }

    private static void ValidateName(string name)
    {
        if (name.Length == 0 || name.StartsWith('$') || name.Contains('/', StringComparison.Ordinal)
            || name.Any(char.IsWhiteSpace))
        {
            throw new InvalidActorNameException(
                $"'{name}' is not a valid actor name: it must be non-empty, without '/' or whitespace, and must not "
                + "start with '$' (reserved for generated names).");
        }
    }

    /// <summary>The guardian is spawned into from any thread, so its container must exist before it is shared.</summary>
    internal void PrepareAsGuardian() => Extras.Children = new ChildrenContainer();
}
