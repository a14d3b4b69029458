using Akka.Cluster.Sharding;
using FletActors.Cluster.Sharding;

namespace FletActors.Cluster.Tests.Sharding;

public sealed class SessionMessageExtractorTests
{
    private readonly SessionMessageExtractor extractor = new(shardCount: 64);
    private readonly SessionIdFactory ids = new(shardCount: 64);

    [Fact]
    public void Envelope_WellFormedId_EntityIsTheIdShardIsItsPrefixMessageIsThePayload()
    {
        var id = ids.NewId(["0011"], []);
        var envelope = new SessionEnvelope(id, "click");

        Assert.Equal(id, extractor.EntityId(envelope));
        Assert.Equal("0011", extractor.ShardId(envelope));
        Assert.Equal("0011", extractor.ShardId(id, envelope));
        Assert.Equal("click", extractor.EntityMessage(envelope));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-session")]
    [InlineData("0011.short")]
    public void Envelope_MalformedId_NoEntityAndNoShardSoShardingDropsIt(string id)
    {
        var envelope = new SessionEnvelope(id, "click");

        Assert.Null(extractor.EntityId(envelope));
        Assert.Null(extractor.ShardId(envelope));
        Assert.Equal(string.Empty, extractor.ShardId(id, envelope));
    }

    [Fact]
    public void Envelope_IdOfALargerCluster_IsForeignAndDropped()
    {
        var foreign = new SessionIdFactory(shardCount: 1000).NewId(["03e7"], []);

        Assert.Null(extractor.EntityId(new SessionEnvelope(foreign, "click")));
        Assert.Equal(string.Empty, extractor.ShardId(foreign, null));
    }

    [Fact]
    public void OtherMessages_AreNotSessionMessages()
    {
        Assert.Null(extractor.EntityId("loose string"));
        Assert.Null(extractor.ShardId((object)"loose string"));
    }

    [Fact]
    public void StartEntity_OfAWellFormedId_GoesToTheIdsShard()
    {
        var id = ids.NewId(["0003"], []);

        // The region resolves StartEntity through ShardId(entityId, hint), never EntityId.
        Assert.Equal("0003", extractor.ShardId(id, new ShardRegion.StartEntity(id)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65537)]
    public void Constructor_ShardCountOutOfRange_Throws(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionMessageExtractor(count));
}
