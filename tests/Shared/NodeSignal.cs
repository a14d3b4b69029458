namespace FletActors.Testing;

/// <summary>The POSIX signals multi-node tests send to node processes (Linux numbers).</summary>
public enum NodeSignal
{
    /// <summary>kill -9: the process dies at once, without running any shutdown code.</summary>
    Kill = 9,

    /// <summary>Graceful stop request: the node drains and exits.</summary>
    Terminate = 15,

    /// <summary>Resumes a process paused by <see cref="Stop"/>.</summary>
    Continue = 18,

    /// <summary>Pauses the process as a whole (a frozen VM or a long GC pause, as its peers see it).</summary>
    Stop = 19,
}
