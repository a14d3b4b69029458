using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using FletActors.Benchmarks.Transport;
using FletActors.Grpc;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Benchmarks.Grpc;

/// <summary>
/// gRPC bidirectional ping-pong through our server and Grpc.Net.Client, against a same-run floor: a raw HTTP/2 duplex echo
/// on the same Kestrel (request body bytes copied to the response). Loopback only; bounded by count and time.
/// Arguments: [--count N] [--seconds S] [--payload BYTES].
/// </summary>
public sealed class GrpcPingPongScenario : IScenario
{
    private static readonly Marshaller<HealthCheckRequest> Messages =
        Marshallers.Create(m => m.ToByteArray(), HealthCheckRequest.Parser.ParseFrom);

    private static readonly Method<HealthCheckRequest, HealthCheckRequest> PingPong =
        new(MethodType.DuplexStreaming, "bench.Echo", "PingPong", Messages, Messages);

    public string Name => "grpc-pingpong";

    public async Task<int> RunAsync(string[] args)
    {
        var count = IntArg(args, "--count", 20_000);
        var seconds = IntArg(args, "--seconds", 15);
        var payloadSize = IntArg(args, "--payload", 64);
        await using var app = await StartServerAsync().ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single());
        var message = new HealthCheckRequest { Service = new string('x', payloadSize) };
        var budget = TimeSpan.FromSeconds(seconds);

        Console.WriteLine($"grpc-pingpong: {count} round trips (at most {seconds}s each run), {message.CalculateSize()} byte messages, loopback h2c");
        await using var echoFloor = RawEchoFloor.At(address);
        LatencyRecorder floor;
        await using (var echo = await echoFloor.OpenAsync(message.ToByteArrayFramed()).ConfigureAwait(false))
        {
            floor = await MeasureAsync(count, budget, echo.RoundTripAsync).ConfigureAwait(false);
        }

        var grpc = await GrpcPingPongAsync(address, message, count, budget).ConfigureAwait(false);

        Console.WriteLine(floor.Describe("raw HTTP/2 echo (floor)"));
        Console.WriteLine(grpc.Describe("gRPC bidi ping-pong"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio gRPC/floor: p50 x{grpc.Percentile(50) / floor.Percentile(50):F2}  p99 x{grpc.Percentile(99) / floor.Percentile(99):F2}  throughput x{grpc.RoundTripsPerSecond / floor.RoundTripsPerSecond:F2}"));
        return 0;
    }

    private static async Task<WebApplication> StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddFletActorsGrpc();
        var app = builder.Build();
        RawEchoFloor.MapEcho(app);
        app.MapGrpcService(new GrpcServiceBuilder("bench.Echo")
            .AddDuplexStreaming<HealthCheckRequest, HealthCheckRequest>("PingPong", HealthCheckRequest.Parser,
                async (requests, responses, context) =>
                {
                    while (await requests.MoveNextAsync().ConfigureAwait(false))
                    {
                        await responses.WriteAsync(requests.Current).ConfigureAwait(false);
                    }
                })
            .Build());
        await app.StartAsync().ConfigureAwait(false);
        return app;
    }

    private static async Task<LatencyRecorder> GrpcPingPongAsync(Uri address, HealthCheckRequest message, int count,
        TimeSpan budget)
    {
        using var channel = GrpcChannel.ForAddress(address);
        using var call = channel.CreateCallInvoker().AsyncDuplexStreamingCall(PingPong, host: null, new CallOptions());
        var recorder = await MeasureAsync(count, budget, async () =>
        {
            await call.RequestStream.WriteAsync(message).ConfigureAwait(false);
            if (!await call.ResponseStream.MoveNext().ConfigureAwait(false))
            {
                throw new InvalidOperationException("The echo stream ended early.");
            }
        }).ConfigureAwait(false);
        await call.RequestStream.CompleteAsync().ConfigureAwait(false);
        return recorder;
    }

    private static async Task<LatencyRecorder> MeasureAsync(int count, TimeSpan budget, Func<Task> roundTrip)
    {
        for (var i = 0; i < Math.Min(2_000, count); i++)
        {
            await roundTrip().ConfigureAwait(false);
        }

        var recorder = new LatencyRecorder(count);
        var total = Stopwatch.StartNew();
        while (recorder.Count < count && total.Elapsed < budget)
        {
            var start = Stopwatch.GetTimestamp();
            await roundTrip().ConfigureAwait(false);
            recorder.Add(Stopwatch.GetTimestamp() - start);
        }

        recorder.Finish(total.ElapsedTicks);
        return recorder;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : fallback;
    }
}
