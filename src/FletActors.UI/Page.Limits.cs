namespace FletActors;

// The session's MaxControlsPerSession: counted where the tree changes, so an app that builds an unbounded page gets
// a clear error in the handler that went too far instead of a server that runs out of memory.
public sealed partial class Page
{
    // Counted from the tree at the first check, then kept in step by every attach and detach.
    private int? controlCount;

    /// <summary>How many controls this page holds now, itself and its views included.</summary>
    internal int ControlCount => controlCount ??= Control.CountSubtree(this);

    internal void ReserveControls(int arriving)
    {
        var limit = Host.MaxControls;
        if (ControlCount + arriving > limit)
        {
            throw new InvalidOperationException(
                $"Adding {arriving} control(s) would make this page hold {ControlCount + arriving}; a session holds at most {limit} (FletActors:MaxControlsPerSession). Remove controls first, or raise the limit.");
        }
    }

    internal void CountControls(int delta)
    {
        if (controlCount is not null)
        {
            controlCount += delta;
        }
    }
}
