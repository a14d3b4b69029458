using FletActors.Testing;

namespace FletActors.Cluster.Tests.MultiNode;

/// <summary>session_pb2 for the python clients, made by Debian's protoc into a temp dir.</summary>
public static class PythonStubs
{
    public static string Generate(string workingDirectory)
    {
        var protos = Path.Combine(ExternalProcess.FindUp("FletActors.sln"), "protos", "fletactors", "v1");
        var directory = Directory.CreateTempSubdirectory("fletactors-cluster-py-").FullName;
        ExternalProcess.Protoc(["-I", protos, $"--python_out={directory}", "session.proto"], workingDirectory);
        return directory;
    }
}
