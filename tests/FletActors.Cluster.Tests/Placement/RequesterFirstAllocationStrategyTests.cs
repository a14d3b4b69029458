using System.Collections.Immutable;
using Akka.Actor;
using FletActors.Cluster.Placement;

namespace FletActors.Cluster.Tests.Placement;

public sealed class RequesterFirstAllocationStrategyTests : Akka.TestKit.Xunit2.TestKit
{
    private readonly RequesterFirstAllocationStrategy strategy = new();
    private readonly IActorRef regionA;
    private readonly IActorRef regionB;
    private readonly IActorRef regionC;

    public RequesterFirstAllocationStrategyTests()
    {
        regionA = CreateTestProbe("regionA").Ref;
        regionB = CreateTestProbe("regionB").Ref;
        regionC = CreateTestProbe("regionC").Ref;
    }

    [Fact]
    public async Task AllocateShard_RequesterIsARegion_GetsItEvenWithTheMostShards()
    {
        var allocations = Allocations((regionA, 5), (regionB, 0), (regionC, 1));

        var chosen = await strategy.AllocateShard(regionA, "0042", allocations);

        Assert.Equal(regionA, chosen);
    }

    [Fact]
    public async Task AllocateShard_RequesterIsNoRegion_FewestShardsWins()
    {
        var proxy = CreateTestProbe("proxy").Ref;
        var allocations = Allocations((regionA, 3), (regionB, 1), (regionC, 2));

        var chosen = await strategy.AllocateShard(proxy, "0042", allocations);

        Assert.Equal(regionB, chosen);
    }

    [Fact]
    public async Task AllocateShard_FewestShardsTied_ChoiceIsRepeatableByPath()
    {
        var proxy = CreateTestProbe("proxy").Ref;
        var forward = Allocations((regionA, 1), (regionB, 0), (regionC, 0));
        var backward = Allocations((regionC, 0), (regionB, 0), (regionA, 1));

        var first = await strategy.AllocateShard(proxy, "0001", forward);
        var second = await strategy.AllocateShard(proxy, "0001", backward);

        Assert.Equal(first, second);
        Assert.Equal(regionB, first); // ".../regionB" sorts before ".../regionC"
    }

    [Fact]
    public async Task AllocateShard_NoRegionsYet_TheRequester()
    {
        var chosen = await strategy.AllocateShard(regionC, "0001", ImmutableDictionary<IActorRef, IImmutableList<string>>.Empty);

        Assert.Equal(regionC, chosen);
    }

    [Fact]
    public async Task Rebalance_HeavilyUnbalanced_MovesNothing()
    {
        var allocations = Allocations((regionA, 40), (regionB, 0), (regionC, 0));

        var moved = await strategy.Rebalance(allocations, ImmutableHashSet<string>.Empty);

        Assert.Empty(moved);
    }

    private static ImmutableDictionary<IActorRef, IImmutableList<string>> Allocations(params (IActorRef Region, int Shards)[] regions)
    {
        var next = 0;
        var builder = ImmutableDictionary.CreateBuilder<IActorRef, IImmutableList<string>>();
        foreach (var (region, shards) in regions)
        {
            builder.Add(region, Enumerable.Range(next, shards).Select(s => s.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)).ToImmutableList());
            next += shards;
        }

        return builder.ToImmutable();
    }
}
