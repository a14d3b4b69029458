using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FletActors.Actors.TestKit;

/// <summary>
/// Base class for xunit tests: each test (xunit makes one instance per test) gets its own <see cref="ActorSystem"/>
/// on a <see cref="VirtualTimeProvider"/> (or the given clock), and the system is shut down, with a deadline, when
/// the test ends.
/// </summary>
public abstract class ActorTestKit : IAsyncLifetime
{
    /// <summary>Options of test systems: a 1 ms timer tick, so virtual-time tests see exact due times.</summary>
    public static readonly ActorSystemOptions DefaultOptions = new() { TimerTick = TimeSpan.FromMilliseconds(1) };

    private readonly TimeProvider _time;

    /// <summary>Creates the test's system.</summary>
    /// <param name="output">Kernel logs go to the test output when given.</param>
    /// <param name="timeProvider">The clock; a new <see cref="VirtualTimeProvider"/> when null.</param>
    /// <param name="options">System options; <see cref="DefaultOptions"/> when null.</param>
    protected ActorTestKit(
        ITestOutputHelper? output = null, TimeProvider? timeProvider = null, ActorSystemOptions? options = null)
    {
        _time = timeProvider ?? new VirtualTimeProvider();
        Sys = new ActorSystem(
            "test",
            _time,
            output is null ? null : new TestOutputLoggerFactory(output),
            options ?? DefaultOptions);
    }

    /// <summary>The test's actor system.</summary>
    public ActorSystem Sys { get; }

    /// <summary>The virtual clock of the test's system.</summary>
    /// <exception cref="InvalidOperationException">The test kit was given another clock.</exception>
    public VirtualTimeProvider Time => _time as VirtualTimeProvider
        ?? throw new InvalidOperationException("This test runs on a real clock; only a VirtualTimeProvider can be advanced.");

    /// <summary>How long shutting down may take before the test fails. Default 10 s.</summary>
    protected TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A new probe in the test's system.</summary>
    public TestProbe CreateTestProbe(string name = "probe") => new(Sys, name);

    /// <summary>See <see cref="Awaiting.ConditionAsync"/>.</summary>
    public static Task AwaitConditionAsync(Func<bool> condition, TimeSpan? timeout = null, string? message = null) =>
        Awaiting.ConditionAsync(condition, timeout, message);

    /// <summary>See <see cref="Awaiting.AssertAsync"/>.</summary>
    public static Task AwaitAssertAsync(Action assertion, TimeSpan? timeout = null) =>
        Awaiting.AssertAsync(assertion, timeout);

    /// <inheritdoc/>
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public virtual async Task DisposeAsync()
    {
        try
        {
            await Sys.ShutdownAsync().WaitAsync(ShutdownTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"The actor system did not shut down within {ShutdownTimeout}.");
        }
    }
}
