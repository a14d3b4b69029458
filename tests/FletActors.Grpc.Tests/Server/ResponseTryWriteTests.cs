using System.Buffers.Binary;
using System.Net;
using FletActors.Grpc.Tests.Client;
using FletActors.Grpc.Tests.Interop;
using FletActors.Protocol;
using Google.Protobuf;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FletActors.Grpc.Tests.Server;

/// <summary>
/// <see cref="ResponseStreamWriter{T}.TryWrite"/>, the writer for producers that must never wait: it refuses once
/// the queue is full, and everything it accepted reaches the client in order.
/// </summary>
public sealed class ResponseTryWriteTests
{
    private const int MessageBytes = 16 * 1024;
    private const int MostAttempts = 20_000;

    [Fact]
    public async Task TryWrite_ClientNotReading_RefusesOnceFullAndDeliversEveryAcceptedMessageInOrder()
    {
        // Arrange: a handler that writes without waiting until the writer refuses, while the client reads nothing.
        var accepted = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartAsync(new GrpcServiceBuilder("test.Flood")
            .AddServerStreaming<SimpleRequest, SimpleResponse>("Flood", SimpleRequest.Parser, (request, responses, context) =>
            {
                var count = 0;
                while (count < MostAttempts && responses.TryWrite(Numbered(count)))
                {
                    count++;
                }

                accepted.SetResult(count);
                return Task.CompletedTask;
            })
            .Build());
        using var channel = GrpcChannel.ForAddress(Address(app));

        // Act
        using var call = GrpcNetCalls.ServerStreaming<SimpleRequest, SimpleResponse>(channel, "/test.Flood/Flood", new SimpleRequest());
        var count = await accepted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var received = new List<int>();
        while (await call.ResponseStream.ReadAsync() is { } message)
        {
            received.Add(BinaryPrimitives.ReadInt32LittleEndian(message.Payload.Body.Span));
        }

        // Assert
        Assert.InRange(count, 1, MostAttempts - 1);
        Assert.Equal(Enumerable.Range(0, count), received);
        Assert.Equal(global::Grpc.Core.StatusCode.OK, call.GetStatus().StatusCode);
    }

    private static SimpleResponse Numbered(int index)
    {
        var body = new byte[MessageBytes];
        BinaryPrimitives.WriteInt32LittleEndian(body, index);
        return new SimpleResponse { Payload = new Payload { Body = ByteString.CopyFrom(body) } };
    }

    private static async Task<WebApplication> StartAsync(GrpcServiceDefinition service)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddFletActorsGrpc(new GrpcServerOptions { ResponseWriterCapacity = 8 });
        var app = builder.Build();
        app.MapGrpcService(service);
        await app.StartAsync();
        return app;
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
}
