using FletActors.Server.Tests.Transport;

namespace FletActors.Server.Tests.Hosting;

/// <summary>Environment variables override the defaults, arguments override both, and the result reaches the wire.</summary>
[Collection(ProcessEnvironmentGroup.Name)]
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Arguments_SessionTimeoutSeconds_WinsOverDefaultAndReachesClients()
    {
        // Arrange
        await using var server = await LiveServer.StartAsync(
            b => b.AddApp("hello", HelloApp.Create(HelloApp.DefaultDelay)),
            args: ["--FletActors:SessionTimeoutSeconds=5", "--FletActors:MaxUnackedBatches=7"]);

        // Act
        using var session = await RawSession.RegisterAsync(server.Channel);

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(5), server.Server.Options.Sessions.SessionTimeout);
        Assert.Equal(5u, session.Started!.SessionTimeoutSeconds);
        Assert.Equal(7u, session.Started.MaxUnackedBatches);
    }

    [Fact]
    public async Task EnvironmentVariable_OverridesDefault_AndArgumentOverridesEnvironment()
    {
        // Arrange: MaxSessions is a limit no concurrently running test comes near, so the process-wide variable
        // cannot disturb anyone else while it is set.
        const string Variable = "FletActors__MaxSessions";
        FletServer fromEnvironment;
        FletServer fromArgument;
        Environment.SetEnvironmentVariable(Variable, "12345");
        try
        {
            // Act
            fromEnvironment = FletApp.CreateBuilder().AddApp("hello", _ => { }).Build();
            fromArgument = FletApp.CreateBuilder(["--FletActors:MaxSessions=777"]).AddApp("hello", _ => { }).Build();
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }

        await using (fromEnvironment)
        await using (fromArgument)
        {
            var withoutEither = FletApp.CreateBuilder().AddApp("hello", _ => { }).Build();
            await using (withoutEither)
            {
                // Assert
                Assert.Equal(12345, fromEnvironment.Options.Sessions.MaxSessions);
                Assert.Equal(777, fromArgument.Options.Sessions.MaxSessions);
                Assert.Equal(20_000, withoutEither.Options.Sessions.MaxSessions);
            }
        }
    }

    [Fact]
    public async Task ConfigureOptions_AppliesAfterArguments()
    {
        // Arrange
        var builder = FletApp.CreateBuilder(["--FletActors:MaxEventsPerSecond=9"]).AddApp("hello", _ => { })
            .ConfigureOptions(o => o with { Sessions = o.Sessions with { MaxEventsPerSecond = o.Sessions.MaxEventsPerSecond * 2 } });

        // Act
        await using var server = builder.Build();

        // Assert
        Assert.Equal(18, server.Options.Sessions.MaxEventsPerSecond);
    }
}
