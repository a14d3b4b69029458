using FletActors.Server.Tests.Transport;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Reflection.V1Alpha;

namespace FletActors.Server.Tests.Interop;

/// <summary>
/// python3-grpcio, a client we did not write, lists the server's services through server reflection the way grpcurl
/// does, so operators can list and describe the session service without its .proto.
/// </summary>
public sealed class ReflectionInteropTests
{
    [Fact]
    public async Task PythonReflectionClient_ListServices_IncludesSessionServiceAndHealth()
    {
        // Arrange
        InteropTools.RequirePythonGrpc();
        await using var server = await LiveServer.StartAsync();
        var script = Path.Combine(InteropTools.ScriptDirectory, "python_reflection_client.py");

        // Act
        var result = await Task.Run(() => InteropTools.Run(InteropTools.SystemPython,
            [script, ReflectionDescriptorSet(), $"127.0.0.1:{server.GrpcUrl.Port}", "fletactors.v1.SessionService", "grpc.health.v1.Health"],
            TimeSpan.FromSeconds(60)));

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("PASS lists fletactors.v1.SessionService", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS lists grpc.health.v1.Health", result.Output, StringComparison.Ordinal);
    }

    /// <summary>The reflection protocol's own schema, written from the descriptor Grpc.Reflection was built with.</summary>
    private static string ReflectionDescriptorSet()
    {
        var set = new FileDescriptorSet();
        set.File.Add(FileDescriptorProto.Parser.ParseFrom(ReflectionReflection.Descriptor.SerializedData));
        var path = Path.Combine(Directory.CreateTempSubdirectory("fletactors-reflection-").FullName, "reflection.binpb");
        File.WriteAllBytes(path, set.ToByteArray());
        return path;
    }
}
