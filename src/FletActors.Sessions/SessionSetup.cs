using FletActors.Sessions.Metrics;
using FletActors.Sessions.PubSub;
using Microsoft.Extensions.Logging;

namespace FletActors.Sessions;

/// <summary>What a session actor is created with.</summary>
internal sealed record SessionSetup(
    string SessionId,
    string ResumeToken,
    string App,
    Func<Page, Task> Main,
    SessionOptions Options,
    TimeProvider Time,
    IPubSubHub PubSub,
    ILogger Logger,
    Action<string> OnClosed,
    InputSequence Inputs,
    SessionMetrics Metrics,
    ISessionRecords? Records = null);
