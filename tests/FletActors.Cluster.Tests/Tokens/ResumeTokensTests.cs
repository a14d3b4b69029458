using FletActors.Cluster.Tokens;

namespace FletActors.Cluster.Tests.Tokens;

public sealed class ResumeTokensTests
{
    private const string Secret = "a-cluster-secret-of-at-least-32-characters";
    private const string OtherSecret = "another-cluster-secret-32-characters-long";
    private const string SessionId = "002a.AQIDBAUGBwgJCgsMDQ4PEA";

    private readonly ResumeTokens tokens = new(new ClusterSecret(Secret));

    [Fact]
    public void Issue_ThenVerifyOnAnotherNodeWithTheSameSecret_IsValid()
    {
        var token = tokens.Issue(SessionId);
        var otherNode = new ResumeTokens(new ClusterSecret(Secret));

        Assert.Equal(ResumeTokens.Length, token.Length);
        Assert.DoesNotContain('=', token);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL-safe base64"));
        Assert.Equal(ResumeTokenVerdict.Valid, otherNode.Verify(SessionId, token));
    }

    [Fact]
    public void Verify_TokenOfAnotherSession_IsAMismatch()
    {
        var token = tokens.Issue("0001.AQIDBAUGBwgJCgsMDQ4PEA");

        Assert.Equal(ResumeTokenVerdict.Mismatch, tokens.Verify(SessionId, token));
    }

    [Fact]
    public void Verify_TokenUnderAnotherSecret_IsAMismatch()
    {
        var foreign = new ResumeTokens(new ClusterSecret(OtherSecret)).Issue(SessionId);

        Assert.Equal(ResumeTokenVerdict.Mismatch, tokens.Verify(SessionId, foreign));
    }

    [Fact]
    public void Verify_OneCharacterChanged_IsAMismatch()
    {
        var token = tokens.Issue(SessionId);
        var changed = (token[0] == 'A' ? 'B' : 'A') + token[1..];

        Assert.Equal(ResumeTokenVerdict.Mismatch, tokens.Verify(SessionId, changed));
    }

    [Theory]
    [InlineData(null, ResumeTokenVerdict.Missing)]
    [InlineData("", ResumeTokenVerdict.Missing)]
    [InlineData("short", ResumeTokenVerdict.Malformed)]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", ResumeTokenVerdict.Malformed)]
    public void Verify_NoTokenOrNotAToken_SaysWhich(string? token, ResumeTokenVerdict expected) =>
        Assert.Equal(expected, tokens.Verify(SessionId, token));

    [Fact]
    public void Verify_DuringRotation_PreviousSecretsTokensStillPassAndAreMarked()
    {
        var beforeRotation = new ResumeTokens(new ClusterSecret(OtherSecret)).Issue(SessionId);
        var rotated = new ResumeTokens(new ClusterSecret(Secret, previous: OtherSecret));

        Assert.Equal(ResumeTokenVerdict.ValidUnderPreviousSecret, rotated.Verify(SessionId, beforeRotation));
        Assert.Equal(ResumeTokenVerdict.Valid, rotated.Verify(SessionId, rotated.Issue(SessionId)));
    }

    [Fact]
    public void Verify_AfterRotationCompletes_OldTokensAreMismatches()
    {
        var old = new ResumeTokens(new ClusterSecret(OtherSecret)).Issue(SessionId);

        Assert.Equal(ResumeTokenVerdict.Mismatch, tokens.Verify(SessionId, old));
    }
}
