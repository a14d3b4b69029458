namespace FletActors.LoadGenerator;

/// <summary>Where a run reports how far it got while it runs.</summary>
internal interface IProgressView
{
    void Status(string text);

    void Connecting(int ready, int total);

    void Load(LoadMetrics metrics, TimeSpan elapsed, TimeSpan duration);
}
