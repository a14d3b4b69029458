using Akka.TestKit;
using Akka.TestKit.Configs;

namespace FletActors.Server.Tests.Support;

/// <summary>
/// An Akka TestKit whose actor system runs on Akka's <see cref="TestScheduler"/>: sessions take their clock from the
/// scheduler, so app delays, RunTask loops, the session timeout and the rate limit move only when a test advances it.
/// </summary>
public abstract class VirtualTimeTestKit() : Akka.TestKit.Xunit2.TestKit(TestConfigs.TestSchedulerConfig)
{
    /// <summary>The virtual clock.</summary>
    protected TestScheduler Scheduler => (TestScheduler)Sys.Scheduler;
}
