namespace FletActors.Packaging.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string purpose)
    {
        Path = Directory.CreateTempSubdirectory($"fletactors-{purpose}-").FullName;
    }

    public string Path { get; }

    /// <summary>A sub-folder of this one, created when missing.</summary>
    public string Sub(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that has not quite let go of a file; the system's temporary folder is cleaned in the end.
        }
    }
}
