using FletActors.Testing;

namespace FletActors.Cluster.Tests.Testing;

/// <summary>NodeProcess against /bin/sh scripts that behave like a node: print lines, trap SIGTERM, run until told.</summary>
public sealed class NodeProcessTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    // Prints "ready", then a numbered tick every 50 ms; SIGTERM makes it print "draining" and exit 3.
    private const string TickingNode =
        "trap 'echo draining; exit 3' TERM; echo ready; i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.05; done";

    [Fact]
    public async Task WaitForLine_PrintedLine_IsReturnedWithItsEnvironment()
    {
        using var node = Start("echo \"node $NODE_NAME up\"; exec sleep 60", new() { ["NODE_NAME"] = "b" });

        var line = await node.WaitForLineAsync(l => l.StartsWith("node", StringComparison.Ordinal), Deadline);

        Assert.Equal("node b up", line);
    }

    [Fact]
    public async Task WaitForLine_ProcessEndsFirst_FailsWithItsOutput()
    {
        using var node = Start("echo starting; echo broken >&2; exit 1", []);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => node.WaitForLineAsync(l => l == "ready", Deadline));

        Assert.Contains("starting", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await node.WaitForExitAsync(Deadline));
    }

    [Fact]
    public async Task WaitForLine_DeadlinePasses_TimesOut()
    {
        using var node = Start(TickingNode, []);

        await Assert.ThrowsAsync<TimeoutException>(() => node.WaitForLineAsync(l => l == "never", TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Kill_EndsAtOnceWithoutItsTrap_ExitCode137()
    {
        using var node = Start(TickingNode, []);
        await node.WaitForLineAsync(l => l == "ready", Deadline);

        node.Signal(NodeSignal.Kill);

        Assert.Equal(137, await node.WaitForExitAsync(Deadline));
        Assert.DoesNotContain("draining", node.Lines);
    }

    [Fact]
    public async Task Terminate_RunsTheNodesOwnShutdown_AndGivesItsExitCode()
    {
        using var node = Start(TickingNode, []);
        await node.WaitForLineAsync(l => l == "ready", Deadline);

        node.Signal(NodeSignal.Terminate);

        Assert.Equal(3, await node.WaitForExitAsync(Deadline));
        Assert.Contains("draining", node.Lines);
    }

    [Fact]
    public async Task StopThenContinue_PausesTheProcessThenItCarriesOn()
    {
        using var node = Start(TickingNode, []);
        await node.WaitForLineAsync(l => l == "tick 1", Deadline);

        node.Signal(NodeSignal.Stop);
        await WaitUntilAsync(() => node.IsPaused);
        var linesSeen = node.Lines.Count; // "ready" and the ticks so far
        node.Signal(NodeSignal.Continue);

        await WaitUntilAsync(() => !node.IsPaused);
        await node.WaitForLineAsync(l => l == $"tick {linesSeen + 1}", Deadline);
        Assert.False(node.HasExited);
    }

    private static NodeProcess Start(string script, Dictionary<string, string> environment) =>
        NodeProcess.Start("/bin/sh", ["-c", script], environment, AppContext.BaseDirectory);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!condition())
        {
            // Polls /proc: the kernel sends a parent no event it could await for a child's stop or continue.
            await Task.Delay(TimeSpan.FromMilliseconds(10));
            deadline.Token.ThrowIfCancellationRequested();
        }
    }
}
