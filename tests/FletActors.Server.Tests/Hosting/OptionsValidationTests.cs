using FletActors.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace FletActors.Server.Tests.Hosting;

/// <summary>Bad options stop the build, before anything listens, with a message that names the key.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, string> BadArguments => new()
    {
        { "--FletActors:HttpPort=70000", "FletActors:HttpPort" },
        { $"--FletActors:{nameof(FletServerOptions.GrpcPort)}=-1", $"FletActors:{nameof(FletServerOptions.GrpcPort)}" },
        { "--FletActors:HttpPort=eighty", "FletActors:HttpPort" },
        { "--FletActors:BindAddress=not-an-address", "FletActors:BindAddress" },
        { "--FletActors:MaxMessageBytes=10", "FletActors:MaxMessageBytes" },
        { "--FletActors:SessionTimeoutSeconds=0", "FletActors:SessionTimeoutSeconds" },
        { "--FletActors:SessionTimeoutSeconds=soon", "FletActors:SessionTimeoutSeconds" },
        { "--FletActors:MaxSessions=0", "FletActors:MaxSessions" },
        { "--FletActors:MaxUnackedBatches=0", "FletActors:MaxUnackedBatches" },
        { "--FletActors:MaxEventsPerSecond=0", "FletActors:MaxEventsPerSecond" },
        { "--FletActors:MaxControlsPerSession=0", "FletActors:MaxControlsPerSession" },
        { "--FletActors:MaxKeyLength=0", "FletActors:MaxKeyLength" },
        { "--FletActors:MaxKeyLength=long", "FletActors:MaxKeyLength" },
        { "--FletActors:ShutdownTimeoutSeconds=-1", "FletActors:ShutdownTimeoutSeconds" },
        { "--FletActors:AllowedOrigins=not a url", "FletActors:AllowedOrigins" },
        { "--FletActors:CertificatePath=/no/such/cert.pfx", "FletActors:CertificatePath" },
        { "--FletActors:ResponseCompression=brotli", "FletActors:ResponseCompression" },
        { "--FletActors:ResponseCompressionMinBytes=-1", "FletActors:ResponseCompressionMinBytes" },
        { "--FletActors:ResponseCompressionMinBytes=small", "FletActors:ResponseCompressionMinBytes" },
        { "--FletActors:Http2MaxStreamsPerConnection=0", "FletActors:Http2MaxStreamsPerConnection" },
        { "--FletActors:Http2MaxStreamsPerConnection=many", "FletActors:Http2MaxStreamsPerConnection" },
        { "--FletActors:Http2KeepAlivePingDelaySeconds=0.5", "FletActors:Http2KeepAlivePingDelaySeconds" },
        { "--FletActors:Http2KeepAlivePingTimeoutSeconds=0", "FletActors:Http2KeepAlivePingTimeoutSeconds" },
        { "--FletActors:Http2KeepAlivePingTimeoutSeconds=7200", "FletActors:Http2KeepAlivePingTimeoutSeconds" },
        { "--FletActors:MetricsEnabled=yes", "FletActors:MetricsEnabled" },
        { "--FletActors:MetricsPath=metrics", "FletActors:MetricsPath" },
        { "--FletActors:MetricsPath=/", "FletActors:MetricsPath" },
        { "--FletActors:MetricsPath=/metrics?x=1", "FletActors:MetricsPath" },
        { "--FletActors:MetricsPath=/fletactors.v1.SessionService/Connect", "FletActors:MetricsPath" },
        { "--FletActors:LogFormat=xml", "FletActors:LogFormat" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Build_BadArgument_ThrowsNamingTheKey(string argument, string key)
    {
        // Arrange
        var builder = FletApp.CreateBuilder([argument]).AddApp("hello", _ => { });

        // Act
        var error = Assert.Throws<ArgumentException>(builder.Build);

        // Assert
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HttpPortOutOfRangeInCode_ThrowsNamingFletActorsHttpPort()
    {
        // Arrange
        var builder = FletApp.CreateBuilder().AddApp("hello", _ => { }).ConfigureOptions(o => o with { HttpPort = 70000 });

        // Act
        var error = Assert.Throws<ArgumentException>(builder.Build);

        // Assert
        Assert.Contains("FletActors:HttpPort", error.Message, StringComparison.Ordinal);
        Assert.Contains("70000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EqualPortsWithoutTls_ThrowsNamingBothPorts()
    {
        // Arrange
        var builder = FletApp.CreateBuilder().AddApp("hello", _ => { })
            .ConfigureOptions(o => o with { HttpPort = 9123, GrpcPort = 9123 });

        // Act
        var error = Assert.Throws<ArgumentException>(builder.Build);

        // Assert
        Assert.Contains("FletActors:HttpPort", error.Message, StringComparison.Ordinal);
        Assert.Contains($"FletActors:{nameof(FletServerOptions.GrpcPort)}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BothPortsZero_IsAllowed()
    {
        // Arrange: port 0 means "any free port" for each, so equal zeros are no conflict.
        var options = new FletServerOptions { HttpPort = 0, GrpcPort = 0 };

        // Act
        var error = Record.Exception(options.Validate);

        // Assert
        Assert.Null(error);
    }

    [Fact]
    public void Build_NoApp_ThrowsInvalidOperation()
    {
        // Arrange
        var builder = FletApp.CreateBuilder();

        // Act
        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        // Assert
        Assert.Contains("AddApp", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/name")]
    public void AddApp_NameNotUrlSafe_ThrowsArgumentException(string name)
    {
        // Arrange
        var builder = FletApp.CreateBuilder();

        // Act
        var error = Assert.Throws<ArgumentException>(() => builder.AddApp(name, _ => { }));

        // Assert
        Assert.Contains("App name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DefaultAppNotAdded_Throws()
    {
        // Arrange
        var builder = FletApp.CreateBuilder().AddApp("hello", _ => { }).UseDefaultApp("missing");

        // Act
        var error = Assert.Throws<ArgumentException>(builder.Build);

        // Assert
        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_Http2Limits_ServeProxiesAndNoticeADeadClientWithinTheSessionTimeout()
    {
        // Arrange
        var options = new FletServerOptions();

        // Act
        options.Validate();

        // Assert: far above Kestrel's 100 streams per connection, and a vanished client noticed (one ping delay
        // plus its timeout) before its session would expire anyway.
        Assert.True(options.Http2MaxStreamsPerConnection >= 1000, $"{options.Http2MaxStreamsPerConnection}");
        Assert.True(options.Http2KeepAlivePingDelay + options.Http2KeepAlivePingTimeout < options.Sessions.SessionTimeout);
    }

    [Fact]
    public void Read_Http2Arguments_ReachTheOptions()
    {
        // Arrange
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["--FletActors:Http2MaxStreamsPerConnection=2500",
                "--FletActors:Http2KeepAlivePingDelaySeconds=5", "--FletActors:Http2KeepAlivePingTimeoutSeconds=7"])
            .Build();

        // Act
        var options = FletServerOptionsReader.Read(configuration, new FletServerOptions());

        // Assert
        Assert.Equal(2500, options.Http2MaxStreamsPerConnection);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Http2KeepAlivePingDelay);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Http2KeepAlivePingTimeout);
    }
}
