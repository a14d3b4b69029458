namespace FletActors.Actors;

/// <summary>Lifecycle state of a cell, read and written only inside its turns.</summary>
[Flags]
internal enum CellFlags
{
    None = 0,
    Created = 1,
    Failed = 2,
    AwaitingTask = 4,
    Stopping = 8,
    Restarting = 16,
}
