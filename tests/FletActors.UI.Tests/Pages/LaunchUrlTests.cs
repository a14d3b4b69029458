using FletActors.UI.Patching;
using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Pages;

public class LaunchUrlTests
{
    [Fact]
    public void LaunchUrl_AfterChangesInTheSameTurn_CallsTheClientAfterSendingThem()
    {
        var host = new TestHost();
        host.Turn(() => { });
        var batchesBefore = host.Batches.Count;

        host.Turn(() =>
        {
            host.Page.Add(new Text("leaving"));
            host.Page.LaunchUrl("/apps/counter");
        });

        var call = Assert.Single(host.MethodCalls);
        Assert.Equal(PatchBatch.PageId, call.ControlId);
        Assert.Equal("launch_url", call.Method);
        Assert.Equal(new Prop("url", PropValue.String("/apps/counter")), Assert.Single(call.Args));
        // The batch with the new Text went out before the call, not after it.
        Assert.Equal(batchesBefore + 1, call.BatchesBefore);
        Assert.Contains(host.Batches[batchesBefore].Ops, op => op is AddControl { Node.Type: "text" });
    }

    [Theory]
    [InlineData("https://flet.dev/docs")]
    [InlineData("http://127.0.0.1:8550/apps/chat")]
    [InlineData("/apps/todo#/active")]
    public void LaunchUrl_WebUrlOrServerPath_IsSent(string url)
    {
        var session = new MirroredSession();

        session.Turn(() => session.Page.LaunchUrl(url));

        Assert.Equal(PropValue.String(url), Assert.Single(session.Host.MethodCalls).Args[0].Value);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/x")]
    [InlineData("apps/counter")]
    [InlineData("file:///etc/passwd")]
    public void LaunchUrl_NotWebNorPath_ThrowsAndSendsNothing(string url)
    {
        var session = new MirroredSession();
        ArgumentException? error = null;

        session.Turn(() => error = Record.Exception(() => session.Page.LaunchUrl(url)) as ArgumentException);

        Assert.NotNull(error);
        Assert.Contains(url, error.Message, StringComparison.Ordinal);
        Assert.Empty(session.Host.MethodCalls);
    }

    [Fact]
    public void LaunchUrl_OutsideTheSessionsTurn_ThrowsNamingTheFix()
    {
        var session = new MirroredSession();
        session.Turn(() => { });

        var error = Assert.Throws<InvalidOperationException>(() => session.Page.LaunchUrl("/apps/chat"));

        Assert.Contains("InvokeAsync", error.Message, StringComparison.Ordinal);
        Assert.Empty(session.Host.MethodCalls);
    }
}
