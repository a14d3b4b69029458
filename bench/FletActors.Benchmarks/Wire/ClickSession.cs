using System.Diagnostics;
using FletActors.Client;
using FletActors.Protocol.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;

namespace FletActors.Benchmarks.Wire;

/// <summary>
/// One session over a real Connect stream, driven the way a native client does: a click goes up, the patch batch
/// it causes comes down and is applied to a <see cref="ClientTree"/> mirror, then acknowledged.
/// </summary>
internal sealed class ClickSession : IDisposable
{
    private readonly AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call;
    private readonly ClientTree tree;
    private readonly ClientMessage click;

    private ClickSession(AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call, ClientTree tree, ulong buttonId)
    {
        this.call = call;
        this.tree = tree;
        click = Click(buttonId);
    }

    /// <summary>The size of a click message: what the floor's request carries.</summary>
    public int ClickBytes => click.CalculateSize();

    /// <summary>The size of the last patch batch message: what the floor's response carries.</summary>
    public int PatchBytes { get; private set; }

    /// <summary>A floor request of the click's size (a bytes wrapper around that many bytes, less its own framing).</summary>
    public BytesValue FloorRequest() => new() { Value = ByteString.CopyFrom(new byte[Math.Max(0, ClickBytes - 2)]) };

    public static async Task<ClickSession> RegisterAsync(GrpcChannel channel, string buttonText)
    {
        var call = new SessionService.SessionServiceClient(channel).Connect();
        await call.RequestStream.WriteAsync(new ClientMessage { Register = new Register { Route = "/", Platform = "bench" } }).ConfigureAwait(false);
        var tree = new ClientTree();
        while (tree.FindByText(buttonText) is null)
        {
            var message = await NextAsync(call).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The session stream ended before the first batch.");
            if (message.Patch is { } batch)
            {
                PatchApplier.Apply(tree, batch);
                await call.RequestStream.WriteAsync(Ack(batch)).ConfigureAwait(false);
            }
        }

        return new ClickSession(call, tree, tree.FindByText(buttonText)!.Id);
    }

    /// <summary>Clicks and waits for the patch; returns the ticks from writing the click to having applied the batch.</summary>
    public async Task<long> ClickAsync()
    {
        var start = Stopwatch.GetTimestamp();
        await call.RequestStream.WriteAsync(click).ConfigureAwait(false);
        PatchBatch? batch = null;
        while (batch is null)
        {
            var message = await NextAsync(call).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The session stream ended.");
            if (message.Error is { } error)
            {
                throw new InvalidOperationException($"The server reported {error.Code}: {error.Message}");
            }

            batch = message.Patch;
            if (batch is not null)
            {
                PatchBytes = message.CalculateSize();
            }
        }

        PatchApplier.Apply(tree, batch);
        var elapsed = Stopwatch.GetTimestamp() - start;
        await call.RequestStream.WriteAsync(Ack(batch)).ConfigureAwait(false);
        return elapsed;
    }

    public void Dispose() => call.Dispose();

    private static async Task<ServerMessage?> NextAsync(AsyncDuplexStreamingCall<ClientMessage, ServerMessage> call) =>
        await call.ResponseStream.MoveNext(CancellationToken.None).ConfigureAwait(false) ? call.ResponseStream.Current : null;

    private static ClientMessage Click(ulong controlId) =>
        new() { Event = new Protocol.V1.ControlEvent { ControlId = controlId, Name = "click" } };

    private static ClientMessage Ack(PatchBatch batch) => new() { Ack = new Ack { Epoch = batch.Epoch, Seq = batch.Seq } };
}
