namespace FletActors.Benchmarks;

/// <summary>A load scenario run from the command line; prints its own report and returns an exit code.</summary>
public interface IScenario
{
    /// <summary>The name given after <c>scenario</c> on the command line.</summary>
    string Name { get; }

    /// <summary>Runs the scenario with the remaining command-line arguments.</summary>
    Task<int> RunAsync(string[] args);
}
