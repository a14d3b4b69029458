using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

// The session's entry points for client input. Each runs inside a turn, invokes the app's handler synchronously
// and lets its exception propagate to the host. Bad input is answered with a result and changes nothing.
public sealed partial class Page
{
    /// <summary>Raises a control event from the client.</summary>
    internal EventDispatchResult DispatchEvent(ulong controlId, string name, string data) =>
        DispatchEvent(controlId, name, data, out _);

    /// <summary>
    /// Raises a control event from the client; for <see cref="EventDispatchResult.InvalidData"/>,
    /// <paramref name="invalidData"/> says what the data should have been.
    /// </summary>
    internal EventDispatchResult DispatchEvent(ulong controlId, string name, string data, out string? invalidData)
    {
        invalidData = null;
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(data);
        if (FindLiveControl(controlId) is not { } control)
        {
            return EventDispatchResult.UnknownControl;
        }

        if (!control.TryGetHandler(name, out var handler))
        {
            return EventDispatchResult.UnknownEvent;
        }

        if (control.IsDisabledWithAncestors())
        {
            return EventDispatchResult.Disabled;
        }

        if (handler is not { } found)
        {
            return EventDispatchResult.NoHandler;
        }

        ControlEvent typed;
        try
        {
            typed = control.CreateEvent(name, data);
        }
        catch (EventDataException e)
        {
            invalidData = e.Message;
            return EventDispatchResult.InvalidData;
        }

        found.Invoke(typed);
        return EventDispatchResult.Ok;
    }

    /// <summary>Takes a value the client changed itself; it is not echoed back.</summary>
    internal WriteBackResult ApplyWriteBack(ulong controlId, string prop, PropValue value)
    {
        ArgumentNullException.ThrowIfNull(prop);
        ArgumentNullException.ThrowIfNull(value);
        if (FindLiveControl(controlId) is not { } control)
        {
            return WriteBackResult.UnknownControl;
        }

        if (control.WritableKind(prop) is not { } kind)
        {
            return WriteBackResult.NotWritable;
        }

        if (value.Kind != kind)
        {
            return WriteBackResult.WrongType;
        }

        control.AcceptClientValue(prop, value);
        return WriteBackResult.Ok;
    }

    /// <summary>
    /// The client's page area changed size: updates <see cref="Window"/>, then raises <see cref="OnResize"/>. A size
    /// that is negative or not finite changes nothing and returns false.
    /// </summary>
    internal bool HandleResize(double width, double height)
    {
        CheckAccess();
        if (!IsSize(width) || !IsSize(height))
        {
            return false;
        }

        Window.Width = width;
        Window.Height = height;
        OnResize?.Invoke(new ResizeEvent(this, width, height));
        return true;
    }

    /// <summary>
    /// The user pressed a key: raises <see cref="OnKeyboardEvent"/>. A key press that arrives after the app removed
    /// its handler is dropped; the client stops sending them once it sees the change.
    /// </summary>
    internal void HandleKeyboard(string key, bool shift, bool ctrl, bool alt, bool meta)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        CheckAccess();
        OnKeyboardEvent?.Invoke(new KeyboardEvent(this, key, shift, ctrl, alt, meta));
    }

    /// <summary>The client navigated: takes the route without echoing it, then raises <see cref="OnRouteChange"/>.</summary>
    internal void HandleRouteChange(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        AcceptClientValue("route", UI.Patching.PropValue.String(route));
        OnRouteChange?.Invoke(new RouteChangeEvent(this, route));
    }

    /// <summary>The user popped a view: raises <see cref="OnViewPop"/> with the last view of that route, if any.</summary>
    internal void HandleViewPop(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        CheckAccess();
        View? popped = null;
        for (var i = Views.Count - 1; i >= 0 && popped is null; i--)
        {
            if (string.Equals(Views[i].Route, route, StringComparison.Ordinal))
            {
                popped = Views[i];
            }
        }

        OnViewPop?.Invoke(new ViewPopEvent(this, route, popped));
    }

    /// <summary>The client reported an error: raises <see cref="OnError"/>.</summary>
    internal void HandleClientError(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckAccess();
        OnError?.Invoke(new PageErrorEvent(this, message));
    }

    /// <summary>A client connected or resumed: raises <see cref="OnConnect"/>.</summary>
    internal void HandleConnect()
    {
        CheckAccess();
        OnConnect?.Invoke(new ControlEvent<Page>(this, "connect", string.Empty));
    }

    /// <summary>The client went away: raises <see cref="OnDisconnect"/>.</summary>
    internal void HandleDisconnect()
    {
        CheckAccess();
        OnDisconnect?.Invoke(new ControlEvent<Page>(this, "disconnect", string.Empty));
    }

    /// <summary>
    /// The session ends: raises <see cref="OnClose"/>, then unmounts every mounted control exactly once (children
    /// before parents). Tasks are the host's to cancel; nothing is sent.
    /// </summary>
    internal void HandleClose()
    {
        CheckAccess();
        List<Exception>? failures = null;
        try
        {
            OnClose?.Invoke(new ControlEvent<Page>(this, "close", string.Empty));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures = [e];
        }

        var mountedControls = new List<Control>();
        CollectMounted(this, mountedControls);

        foreach (var control in mountedControls)
        {
            try
            {
                control.RunWillUnmount();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                (failures ??= []).Add(e);
            }
            finally
            {
                control.MountedPage = null;
            }
        }

        tasksByOwner = null;
        CallbackFailures.ThrowIfAny(failures);
    }

    private static bool IsSize(double value) => double.IsFinite(value) && value >= 0;

    private static void CollectMounted(Control control, List<Control> into)
    {
        foreach (var slot in control.Slots)
        {
            foreach (var child in slot.ClientItems)
            {
                CollectMounted(child, into);
            }
        }

        if (control.MountedPage is not null)
        {
            into.Add(control);
        }
    }

    /// <summary>A control the client holds and the app still has on the page.</summary>
    private Control? FindLiveControl(ulong controlId) =>
        Tree.ById.TryGetValue(controlId, out var control) && ReferenceEquals(control.FindAttachedPage(), this)
            ? control
            : null;
}
