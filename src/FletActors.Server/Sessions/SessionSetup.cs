using FletActors.Server.PubSub;
using Microsoft.Extensions.Logging;

namespace FletActors.Server.Sessions;

/// <summary>What a session actor is created with.</summary>
internal sealed record SessionSetup(
    string SessionId,
    string ResumeToken,
    string App,
    Func<Page, Task> Main,
    SessionOptions Options,
    IPubSubHub PubSub,
    ILogger Logger,
    Action<string> OnClosed,
    InputSequence Inputs);
