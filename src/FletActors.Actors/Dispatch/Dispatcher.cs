namespace FletActors.Actors;

/// <summary>
/// Runs mailbox turns on the .NET thread pool. Turns go to the global queue (not the worker's local one) so a
/// busy actor re-scheduling itself waits behind the others: fairness across actors.
/// </summary>
internal static class Dispatcher
{
    internal static void Schedule(IThreadPoolWorkItem turn) =>
        ThreadPool.UnsafeQueueUserWorkItem(turn, preferLocal: false);
}
