namespace FletActors.LoadGenerator;

/// <summary>What one load run does; every limit is named here and checked by <see cref="Validate"/>.</summary>
internal sealed record LoadOptions
{
    public int Nodes { get; init; } = 1;
    public int Sessions { get; init; } = 100;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Stops earlier once this many round trips completed (0 = only the duration counts).</summary>
    public long MaxEvents { get; init; }

    /// <summary>Share of sessions on gRPC-Web Open+Send (the rest on the native Connect stream).</summary>
    public double WebShare { get; init; } = 0.5;

    /// <summary>Pause of each session between one round trip and its next event.</summary>
    public TimeSpan ThinkTime { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long an event may wait for its patch before it counts as a timeout (or a loss, if acknowledged).</summary>
    public TimeSpan PatchTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Sessions sharing one chat room; each chat message fans out to all of them.</summary>
    public int RoomSize { get; init; } = 10;

    /// <summary>HTTP/2 connections the native sessions share (each goes through the balancer to some node).</summary>
    public int NativeConnections { get; init; } = 32;

    /// <summary>Sessions registering at the same time while connecting.</summary>
    public int ConnectConcurrency { get; init; } = 64;

    /// <summary>How long the connected sessions sit idle before the idle memory and CPU are read.</summary>
    public TimeSpan IdleSettle { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Limits passed to every node as <c>FletActors:MaxEventsPerSecond</c> and <c>FletActors:MaxSessions</c>.</summary>
    public int ServerMaxEventsPerSecond { get; init; } = 100_000;
    public int ServerMaxSessions { get; init; } = 200_000;

    public FaultKind Fault { get; init; } = FaultKind.None;

    /// <summary>Index of the node the fault hits (0 is the seed and oldest node).</summary>
    public int FaultNode { get; init; } = 1;

    /// <summary>Time after the load started at which the fault hits.</summary>
    public TimeSpan FaultAt { get; init; } = TimeSpan.FromSeconds(10);

    public string Output { get; init; } = "loadgen-report";

    public bool Quiet { get; init; }

    public void Validate()
    {
        Require(Nodes is >= 1 and <= 9, $"--nodes must be 1 to 9 (was {Nodes}).");
        Require(Sessions >= 1, $"--sessions must be at least 1 (was {Sessions}).");
        Require(Duration > TimeSpan.Zero, $"--duration must be positive (was {Duration.TotalSeconds} s).");
        Require(MaxEvents >= 0, $"--max-events must not be negative (was {MaxEvents}).");
        Require(WebShare is >= 0 and <= 1, $"--web-share must be between 0 and 1 (was {WebShare}).");
        Require(ThinkTime >= TimeSpan.Zero, "--think-ms must not be negative.");
        Require(PatchTimeout > TimeSpan.Zero, "--patch-timeout must be positive.");
        Require(RoomSize >= 1, $"--room-size must be at least 1 (was {RoomSize}).");
        Require(NativeConnections >= 1, $"--native-connections must be at least 1 (was {NativeConnections}).");
        Require(ConnectConcurrency >= 1, $"--connect-concurrency must be at least 1 (was {ConnectConcurrency}).");
        Require(IdleSettle >= TimeSpan.Zero, "--idle-settle must not be negative.");
        Require(ServerMaxEventsPerSecond >= 1, "--server-max-events-per-second must be at least 1.");
        Require(ServerMaxSessions >= Sessions, $"--server-max-sessions ({ServerMaxSessions}) must hold --sessions ({Sessions}).");
        Require(Fault == FaultKind.None || Nodes >= 3, "--fault needs at least 3 nodes (a majority must survive).");
        Require(Fault == FaultKind.None || (FaultNode >= 0 && FaultNode < Nodes), $"--fault-node must name a node 0..{Nodes - 1} (was {FaultNode}).");
        Require(Fault == FaultKind.None || FaultAt < Duration, "--fault-at must fall within --duration.");
        Require(!string.IsNullOrWhiteSpace(Output), "--output must name a folder.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
