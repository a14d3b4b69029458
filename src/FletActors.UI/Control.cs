using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>
/// The base of every control. A control is an object in the page's tree: set its props and edit its child lists,
/// and the session sends what changed when the current turn ends (or at once with <see cref="Update"/>).
/// Subclass a built-in control to make a custom one and override <see cref="BeforeUpdate"/>,
/// <see cref="DidMount"/> and <see cref="WillUnmount"/>.
/// </summary>
/// <remarks>
/// A control that is on a page belongs to that page's session and may be changed only inside the session's turn
/// (an event handler, <c>Main</c>, a <see cref="Page.RunTask(Func{CancellationToken, Task}, Control?)"/> body, or
/// work marshalled with <see cref="Page.InvokeAsync(Action)"/>); anything else throws
/// <see cref="InvalidOperationException"/>. A control not yet added to a page may be built on any thread.
/// </remarks>
public abstract partial class Control
{
    private ChildSlot[] slots = [];

    private protected Control()
    {
    }

    /// <summary>
    /// The app's reconciliation key. When a child list is rebuilt with new control objects, a new control takes over
    /// the place (and the client-side state) of the old one with the same key and type, so only its changed props
    /// are sent. Controls without a key are matched by object identity.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>Any object the app wants to keep with the control; stays on the server and is never sent.</summary>
    public object? Data { get; set; }

    /// <summary>
    /// The page this control is on. Available while the control is in a page's tree, and during
    /// <see cref="WillUnmount"/>; throws <see cref="InvalidOperationException"/> otherwise.
    /// </summary>
    public Page Page => FindSessionPage() ?? throw new InvalidOperationException(
        $"{this} is not on a page, so it has no Page. Page is available once the control has been added to a page's " +
        "tree (DidMount is the first safe place in a custom control) and until it has been removed.");

    /// <summary>True between <see cref="DidMount"/> and <see cref="WillUnmount"/>: the client shows this control.</summary>
    public bool IsMounted => MountedPage is not null;

    /// <summary>The catalogue type name sent to the client ("text", "column" ...).</summary>
    internal abstract string ControlType { get; }

    /// <summary>The session-wide id; 0 until the control is first sent.</summary>
    internal ulong Id { get; set; }

    // Derived rather than stored: the slot knows its owner, and an idle page keeps one field less per control.
    internal Control? Parent => ParentSlot?.Owner;

    internal ChildSlot? ParentSlot { get; private set; }

    /// <summary>The page whose client currently holds a node for this control; null when the client has none.</summary>
    internal Page? ClientPage { get; set; }

    /// <summary>The slot the client shows this control in, while <see cref="ClientPage"/> is set.</summary>
    internal ChildSlot? ClientSlot { get; set; }

    /// <summary>Set just before <see cref="DidMount"/>, cleared just after <see cref="WillUnmount"/>.</summary>
    internal Page? MountedPage { get; set; }

    /// <summary>Whether the control is queued in its page's list of controls with unsent props.</summary>
    internal bool PropsQueued { get; set; }

    internal IReadOnlyList<ChildSlot> Slots => slots;

    /// <summary>Sends the session's pending changes now instead of when the current turn ends.</summary>
    /// <exception cref="InvalidOperationException">The control is not on a page, or it is outside the session's turn.</exception>
    public void Update()
    {
        var page = FindSessionPage() ?? throw new InvalidOperationException(
            $"{this} cannot be updated because it is not on a page; add it to the page (page.Add(...)) first.");
        page.Update();
    }

    /// <inheritdoc />
    public override string ToString() =>
        Key is null ? $"{GetType().Name}#{Id}" : $"{GetType().Name}#{Id} (key \"{Key}\")";

    /// <summary>
    /// Called during a flush before this control's changes are diffed: when its props or children changed, and
    /// before it is first sent. Changes made here go out in the same batch.
    /// </summary>
    protected virtual void BeforeUpdate()
    {
    }

    /// <summary>
    /// Called once after the control has been sent to the client (after the batch that adds it), with
    /// <see cref="Page"/> available. Not called again when the control is merely moved.
    /// </summary>
    protected virtual void DidMount()
    {
    }

    /// <summary>
    /// Called once when the control has been removed from the page (or the session closes). Not called for moves.
    /// Tasks started for this control are cancelled.
    /// </summary>
    protected virtual void WillUnmount()
    {
    }

    internal void RunBeforeUpdate() => BeforeUpdate();

    internal void RunDidMount() => DidMount();

    internal void RunWillUnmount() => WillUnmount();

    internal ChildSlot AddSlot(string name, bool single)
    {
        var slot = new ChildSlot(this, name, single);
        slots = [.. slots, slot];
        return slot;
    }

    /// <summary>The page whose tree holds this control, found through its parents.</summary>
    internal Page? FindAttachedPage()
    {
        var node = this;
        while (node.Parent is not null)
        {
            node = node.Parent;
        }

        return node as Page;
    }

    /// <summary>The session this control belongs to: the tree it is in, else the client that still shows it.</summary>
    internal Page? FindSessionPage() => FindAttachedPage() ?? ClientPage ?? MountedPage;

    internal bool IsDisabledWithAncestors()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.Disabled)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Throws unless the change happens inside the owning session's turn (or the control has no session).</summary>
    internal void CheckAccess()
    {
        var page = FindSessionPage();
        if (page is not null && !page.Host.IsInTurn)
        {
            throw new InvalidOperationException(
                $"{this} of session {page.SessionId} was changed outside the session's turn. Make the change inside " +
                "an event handler or a RunTask body; from another thread use page.InvokeAsync(...); avoid " +
                "ConfigureAwait(false) in handlers, it moves the rest of the handler off the session.");
        }
    }
}
