namespace FletActors.Packaging.Tests.Support;

/// <summary>
/// The repository packed once, as <c>dotnet pack</c> of the solution gives it, into a temporary folder that serves
/// as a package feed; shared by the tests of one run and deleted after them.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    // Generous: packing evaluates every project, and a loaded two-core machine may stall for minutes.
    private static readonly TimeSpan PackDeadline = TimeSpan.FromMinutes(10);

    private readonly TemporaryFolder folder = new("packages");

    public PackedPackages()
    {
        Feed = folder.Sub("feed");
        // The solution is built in Release before the tests run (tests/run.sh); packing takes that build as it is.
        DotNetCli.Run(["pack", RepositoryFiles.Solution, "-c", "Release", "--no-build", "-nologo", "-o", Feed],
            RepositoryFiles.Root, PackDeadline);
    }

    /// <summary>The folder holding every .nupkg and .snupkg the pack produced.</summary>
    public string Feed { get; }

    /// <summary>The path of package <paramref name="id"/>'s .nupkg (or .snupkg) at the repository's version.</summary>
    public string PathOf(string id, string extension = ".nupkg") =>
        Path.Combine(Feed, $"{id}.{RepositoryFiles.PackageVersion}{extension}");

    public void Dispose() => folder.Dispose();
}
