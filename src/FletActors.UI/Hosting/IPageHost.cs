using FletActors.UI.Patching;

namespace FletActors.UI.Hosting;

/// <summary>
/// What a <see cref="Page"/> needs from the session that runs it; the server's session actor implements it, and the
/// UI tests implement it with a host that runs turns synchronously on the test thread.
/// </summary>
/// <remarks>
/// <para>The contract, in the order a session uses it:</para>
/// <list type="number">
/// <item>The host creates the page (<c>new Page(host)</c>), sets what the client told it with
/// <see cref="Page.ApplyClientInfo"/>, and runs the app's <c>Main</c> as the first turn.</item>
/// <item>Every input is a turn: <see cref="IsInTurn"/> is true exactly while the host runs code of this session (a
/// handler, a continuation posted to the session's synchronization context, a task body, a pub/sub delivery).
/// Control changes outside a turn throw.</item>
/// <item>Client input goes through the page's entry points, each inside a turn:
/// <see cref="Page.DispatchEvent(ulong, string, string)"/>, <see cref="Page.ApplyWriteBack"/>, <see cref="Page.HandleResize"/>,
/// <see cref="Page.HandleKeyboard"/>, <see cref="Page.HandleRouteChange"/>, <see cref="Page.HandleViewPop"/>,
/// <see cref="Page.HandleClientError"/>, <see cref="Page.HandleConnect"/>, <see cref="Page.HandleDisconnect"/>,
/// <see cref="Page.HandleClose"/>. They invoke the app's handler synchronously and let its exception propagate to the
/// host.</item>
/// <item>At the end of every turn the host calls <see cref="Page.Flush"/>; the page calls <see cref="Send"/> with
/// the batch (if anything changed) and then runs the mount callbacks, which may start tasks or even flush again.
/// <c>Update()</c> in app code flushes the same way in the middle of a turn. For a new client or a reset the host
/// calls <see cref="Page.SendReset"/> instead, which sends the whole page as one reset batch.</item>
/// <item><see cref="StartTask"/> runs a body as the session's work (its own turns); the page cancels a task whose
/// owner control unmounts, the host cancels all on close.</item>
/// </list>
/// </remarks>
internal interface IPageHost
{
    /// <summary>The session's id, for messages and for the app (<see cref="Page.SessionId"/>).</summary>
    string SessionId { get; }

    /// <summary>The session's clock; tests pass a virtual one.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>True while the calling code runs inside one of this session's turns.</summary>
    bool IsInTurn { get; }

    /// <summary>The most controls the page may hold; adding beyond it throws in the app's code.</summary>
    int MaxControls { get; }

    /// <summary>This session's view of the pub/sub broker.</summary>
    IPubSubBroker PubSub { get; }

    /// <summary>
    /// False while the client cannot take another batch (its window of unacknowledged batches is full, or the session
    /// is not running): <c>Update()</c> then leaves the changes in the tree, and they go out with the flush that
    /// follows the client's acknowledgements.
    /// </summary>
    bool CanSend { get; }

    /// <summary>
    /// Ships a batch to the client: the host numbers it (epoch, seq), keeps it until acknowledged and sends it.
    /// Called by the page inside a turn, in the order batches must be applied.
    /// </summary>
    void Send(PatchBatch batch);

    /// <summary>
    /// Starts <paramref name="body"/> as background work of the session: it runs on the session's context (its
    /// code between awaits is a turn), its token is cancelled by <see cref="IPageTask.Cancel"/> and on close, and
    /// its failure is reported, never lost. <paramref name="owner"/> is the control it works for, for reports.
    /// </summary>
    IPageTask StartTask(Func<CancellationToken, Task> body, Control? owner);

    /// <summary>Runs <paramref name="work"/> as a turn of this session from any thread; completes when it has run.</summary>
    Task InvokeAsync(Func<Task> work);

    /// <summary>
    /// Asks the client to run <paramref name="method"/> on a control (the page is id 1), after the changes already
    /// sent. Fire and forget: the client's result is logged by the host when it reports a failure.
    /// </summary>
    void CallClientMethod(ulong controlId, string method, IReadOnlyList<Prop> args);
}
