using FletActors.Cluster.Sharding;

namespace FletActors.Cluster.Tests.Sharding;

public sealed class SessionIdFactoryTests
{
    private const int Draws = 500;
    private readonly SessionIdFactory factory = new(shardCount: 16);

    [Fact]
    public void NewId_LocalShards_AlwaysInOneOfThemAndEachGetsUsed()
    {
        string[] local = ["0002", "0009", "000f"];

        var shards = Enumerable.Range(0, Draws).Select(_ => ShardOf(factory.NewId(local, ["0001", "0003"]))).ToHashSet();

        Assert.Equal([2, 9, 15], shards.Order());
    }

    [Fact]
    public void NewId_NoLocalShards_TakesAShardNoOtherRegionHosts()
    {
        var elsewhere = Enumerable.Range(0, 16).Where(s => s is not (4 or 12)).Select(SessionIdFormat.ShardId).ToList();

        var shards = Enumerable.Range(0, Draws).Select(_ => ShardOf(factory.NewId([], elsewhere))).ToHashSet();

        Assert.Equal([4, 12], shards.Order());
    }

    [Fact]
    public void NewId_EveryShardHostedElsewhere_StillGivesAValidId()
    {
        var elsewhere = Enumerable.Range(0, 16).Select(SessionIdFormat.ShardId).ToList();

        var shard = ShardOf(factory.NewId([], elsewhere));

        Assert.InRange(shard, 0, 15);
    }

    [Fact]
    public void NewId_ForeignShardIdsInTheInput_AreIgnored()
    {
        var shards = Enumerable.Range(0, Draws)
            .Select(_ => ShardOf(factory.NewId(["00ff", "junk", "0005", "0005"], [])))
            .ToHashSet();

        Assert.Equal([5], shards);
    }

    [Fact]
    public void NewId_ManyIds_AreDistinct()
    {
        var made = Enumerable.Range(0, 20_000).Select(_ => factory.NewId(["0000"], [])).ToHashSet();

        Assert.Equal(20_000, made.Count);
    }

    private static int ShardOf(string id)
    {
        Assert.True(SessionIdFormat.TryReadShard(id, 16, out var shard), id);
        return shard;
    }
}
