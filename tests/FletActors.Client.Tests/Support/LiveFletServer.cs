using System.Globalization;
using FletActors.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace FletActors.Client.Tests.Support;

/// <summary>
/// The real FletActors server on 127.0.0.1 with free ports, started for one test, hosting a
/// <see cref="ClickLedgerApp"/> as "ledger" (the default app), and as "wide" with <see cref="WideRows"/> texts below it.
/// </summary>
internal sealed class LiveFletServer : IAsyncDisposable
{
    public const int WideRows = 200;

    private LiveFletServer(FletServer server, ClickLedgerApp ledger)
    {
        Server = server;
        Ledger = ledger;
    }

    public FletServer Server { get; }

    /// <summary>The app behind "ledger".</summary>
    public ClickLedgerApp Ledger { get; }

    /// <summary>Native gRPC, cleartext HTTP/2.</summary>
    public Uri GrpcUrl => Server.GrpcUrl;

    public static async Task<LiveFletServer> StartAsync(Func<FletServerOptions, FletServerOptions>? configure = null)
    {
        var ledger = new ClickLedgerApp();
        var server = FletApp.CreateBuilder()
            .AddApp("ledger", ledger.Main)
            .AddApp("wide", page =>
            {
                ledger.Main(page);
                page.Add(Enumerable.Range(0, WideRows).Select(i => new Text($"row {i.ToString(CultureInfo.InvariantCulture)}")).ToArray());
            })
            .ConfigureOptions(o => (configure ?? (x => x))(o with { BindAddress = "127.0.0.1", HttpPort = 0, GrpcPort = 0 }))
            .ConfigureLogging(logging => logging.ClearProviders())
            .Build();
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return new LiveFletServer(server, ledger);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
