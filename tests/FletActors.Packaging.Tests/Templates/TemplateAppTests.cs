using System.Net;
using System.Net.Sockets;
using FletActors.Client;
using FletActors.Packaging.Tests.Support;
using FletActors.Testing;

namespace FletActors.Packaging.Tests.Templates;

/// <summary>
/// What a new user does, on packages packed from this repository: install the template into a template hive of its
/// own, create an app, restore and build it with no network (only the packed feed and the machine's package cache
/// as sources), run it, and see its first page from a client.
/// </summary>
[Collection(SharedPack.Name)]
public sealed class TemplateAppTests(PackedPackages packed)
{
    // Each step's deadline allows a loaded two-core machine to stall; none is a statement of speed.
    private static readonly TimeSpan StepDeadline = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan PageDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task NewFletActorsApp_BuiltOfflineFromThePackedPackages_ServesItsCounterPage()
    {
        // Arrange: the template, installed where no other template lives
        using var work = new TemporaryFolder("template-app");
        var hive = work.Sub("hive");
        var apps = work.Sub("apps");
        DotNetCli.Run(["new", "install", packed.PathOf("FletActors.Templates"), "--debug:custom-hive", hive], apps, StepDeadline);

        // Act: create, restore and build without the network
        DotNetCli.Run(["new", "fletactors", "-n", "MyApp", "--no-update-check", "--debug:custom-hive", hive], apps, StepDeadline);
        NuGetConfig.Write(apps, [("packed", packed.Feed), ("machine", DotNetCli.GlobalPackagesFolder(apps))]);
        var project = Path.Combine(apps, "MyApp", "MyApp.csproj");
        DotNetCli.Run(["restore", project, "--packages", work.Sub("restored")], apps, StepDeadline, DotNetCli.Offline);
        DotNetCli.Run(["build", project, "-c", "Release", "--no-restore", "-nologo"], apps, StepDeadline, DotNetCli.Offline);

        // Act: run it as its author would, on free ports
        var httpPort = FreePort();
        var grpcPort = FreePort();
        using var app = NodeProcess.Start("dotnet",
            ["run", "--project", project, "-c", "Release", "--no-build", "--",
             "--FletActors:BindAddress=127.0.0.1", $"--FletActors:HttpPort={httpPort}", $"--FletActors:GrpcPort={grpcPort}"],
            DotNetCli.Offline, apps);
        await app.WaitForLineAsync(l => l.Contains("FletActors serving apps", StringComparison.Ordinal), StepDeadline);

        // Assert: a native client sees the counter and can count
        await using var client = SessionClient.Create(new Uri($"http://127.0.0.1:{grpcPort}"));
        await client.StartAsync().WaitAsync(PageDeadline);
        var plus = await client.WaitForAsync(t => t.FindByText("+"), PageDeadline);
        await client.WaitForAsync(t => t.FindByText("0"), PageDeadline);
        await client.ClickAsync(plus.Id);
        await client.WaitForAsync(t => t.FindByText("1"), PageDeadline);
        Assert.Empty(client.Errors);

        // Assert: the browser client embedded in the package is what the repository ships
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = PageDeadline };
        var served = await http.GetByteArrayAsync(new Uri("/fletactors.js", UriKind.Relative));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryFiles.Root, "clients", "web", "dist", "fletactors.js")), served);
    }

    private static int FreePort() => LoopbackPorts.Free();
}
