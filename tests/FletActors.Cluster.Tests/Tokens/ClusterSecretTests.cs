using FletActors.Cluster.Tokens;

namespace FletActors.Cluster.Tests.Tokens;

public sealed class ClusterSecretTests
{
    private const string Secret = "a-cluster-secret-of-at-least-32-characters";

    [Fact]
    public void Constructor_Empty_NamesTheKeyAndWhyItIsNeeded()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClusterSecret(""));

        Assert.Contains("FletActors:Cluster:ClusterSecret is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Short_NamesTheKeyAndTheMinimum()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClusterSecret("too-short"));

        Assert.Contains("FletActors:Cluster:ClusterSecret must be at least 32 characters (got 9)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ShortPrevious_NamesThePreviousKey()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClusterSecret(Secret, "old"));

        Assert.Contains("FletActors:Cluster:PreviousClusterSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PreviousEqualsCurrent_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ClusterSecret(Secret, Secret));

    [Fact]
    public void CreateRandom_TwoProcesses_DoNotAcceptEachOthersTokens()
    {
        var one = new ResumeTokens(ClusterSecret.CreateRandom());
        var two = new ResumeTokens(ClusterSecret.CreateRandom());

        Assert.Equal(ResumeTokenVerdict.Mismatch, two.Verify("x", one.Issue("x")));
    }
}
