using System.Text.Json;
using FletActors.Protocol.V1;
using Google.Protobuf;

namespace FletActors.Client.Tests.Mirror;

/// <summary>One case of tests/patch-cases, in the format tests/patch-cases/README.md describes.</summary>
internal sealed record PatchCase(
    string Name,
    CompactState? Initial,
    IReadOnlyList<PatchBatch> Batches,
    IReadOnlyList<string> ExpectedOutcomes,
    int? ExpectedErrorOp,
    ulong ExpectedEpoch,
    ulong ExpectedSeq,
    JsonElement ExpectedTree)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "patch-cases");

    public static IEnumerable<string> FileNames() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static PatchCase Load(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, fileName)));
        var root = document.RootElement.Clone();
        // Strict parsing: an unknown field in a batch is a mistake in the case, not something to skip.
        var parser = new JsonParser(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));
        var batches = root.GetProperty("batches").EnumerateArray()
            .Select(b => parser.Parse<PatchBatch>(b.GetRawText()))
            .ToList();
        var expect = root.GetProperty("expect");
        CompactState? initial = root.TryGetProperty("initial", out var init)
            ? new CompactState(init.GetProperty("epoch").GetUInt64(), init.GetProperty("seq").GetUInt64(), init.GetProperty("tree"))
            : null;
        return new PatchCase(
            root.GetProperty("name").GetString()!,
            initial,
            batches,
            expect.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()!).ToList(),
            expect.TryGetProperty("errorOp", out var errorOp) ? errorOp.GetInt32() : null,
            expect.GetProperty("epoch").GetUInt64(),
            expect.GetProperty("seq").GetUInt64(),
            expect.GetProperty("tree"));
    }
}

internal sealed record CompactState(ulong Epoch, ulong Seq, JsonElement Tree);
