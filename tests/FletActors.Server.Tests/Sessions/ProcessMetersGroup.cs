namespace FletActors.Server.Tests.Sessions;

/// <summary>
/// Tests that measure what every listener of the FletActors meter in this process does with a measurement run alone:
/// the servers of other tests would listen too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMetersGroup
{
    public const string Name = "Process meters";
}
