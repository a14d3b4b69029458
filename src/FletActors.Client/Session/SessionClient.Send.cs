using System.Globalization;
using FletActors.Protocol.V1;

namespace FletActors.Client;

public sealed partial class SessionClient
{
    /// <summary>Sends a control event ("click", "change", "submit" ...) with its data.</summary>
    public ValueTask SendEventAsync(ulong controlId, string name, string data = "", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(data);
        return Send(new ClientMessage { Event = new ControlEvent { ControlId = controlId, Name = name, Data = data } }, cancellationToken);
    }

    /// <summary>Clicks a control.</summary>
    public ValueTask ClickAsync(ulong controlId, CancellationToken cancellationToken = default) =>
        SendEventAsync(controlId, "click", string.Empty, cancellationToken);

    /// <summary>
    /// Writes a value the client owns (a TextField's text, a Checkbox's state) back to the server, and into the
    /// mirror, as the real client shows it at once and the server does not echo it.
    /// </summary>
    public ValueTask WriteBackAsync(ulong controlId, string prop, PropValue value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(prop);
        ArgumentNullException.ThrowIfNull(value);
        lock (gate)
        {
            tree.Find(controlId)?.SetProp(prop, value.KindCase == PropValue.KindOneofCase.None ? null : value.Clone());
            CheckWaiters();
        }

        return Send(
            new ClientMessage { WriteBack = new ValueWriteBack { ControlId = controlId, Prop = prop, Value = value.Clone() } },
            cancellationToken);
    }

    /// <summary>Changes a control's "value" as a user would: the write-back, then the "change" event carrying it as text.</summary>
    public async ValueTask ChangeValueAsync(ulong controlId, PropValue value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var data = ChangeData(value);
        await WriteBackAsync(controlId, "value", value, cancellationToken).ConfigureAwait(false);
        await SendEventAsync(controlId, "change", data, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Types text into a TextField: the write-back of its value, then the "change" event.</summary>
    public ValueTask TypeTextAsync(ulong controlId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ChangeValueAsync(controlId, new PropValue { StringValue = text }, cancellationToken);
    }

    /// <summary>Reports a new page size; later resumes carry it too.</summary>
    public ValueTask ResizeAsync(double width, double height, CancellationToken cancellationToken = default)
    {
        if (!(width >= 0) || !(height >= 0) || double.IsInfinity(width) || double.IsInfinity(height))
        {
            throw new ArgumentException($"The page size must be finite and not negative (was {width} x {height}).");
        }

        lock (gate)
        {
            pageWidth = width;
            pageHeight = height;
        }

        return SendPageEvent(new PageEvent { Resize = new Resize { Width = width, Height = height } }, cancellationToken);
    }

    /// <summary>
    /// Reports a key press as the page's keyboard event. <paramref name="key"/> is Flet's name for the key ("A",
    /// "Enter", "Arrow Down", "F1", " "). A client with a user behind it reports keys only while the page carries
    /// <c>on_keyboard_event</c>; this sends whenever it is called, so a test can also try a page without a handler.
    /// </summary>
    public ValueTask PressKeyAsync(string key, KeyModifiers modifiers = KeyModifiers.None, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return SendPageEvent(
            new PageEvent
            {
                Keyboard = new Keyboard
                {
                    Key = key,
                    Shift = modifiers.HasFlag(KeyModifiers.Shift),
                    Ctrl = modifiers.HasFlag(KeyModifiers.Ctrl),
                    Alt = modifiers.HasFlag(KeyModifiers.Alt),
                    Meta = modifiers.HasFlag(KeyModifiers.Meta),
                },
            },
            cancellationToken);
    }

    /// <summary>Reports that the user navigated to a route; a later re-registration opens at it.</summary>
    public ValueTask ChangeRouteAsync(string newRoute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newRoute);
        lock (gate)
        {
            route = newRoute;
        }

        return SendPageEvent(new PageEvent { RouteChange = new RouteChange { Route = newRoute } }, cancellationToken);
    }

    /// <summary>Reports that the user popped the view of a route (the back button).</summary>
    public ValueTask PopViewAsync(string viewRoute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewRoute);
        return SendPageEvent(new PageEvent { ViewPop = new ViewPop { Route = viewRoute } }, cancellationToken);
    }

    /// <summary>Reports an error of the client itself; the app sees it as the page's error event.</summary>
    public ValueTask ReportErrorAsync(string message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendPageEvent(new PageEvent { ClientError = new ClientError { Message = message } }, cancellationToken);
    }

    private ValueTask SendPageEvent(PageEvent pageEvent, CancellationToken cancellationToken) =>
        Send(new ClientMessage { PageEvent = pageEvent }, cancellationToken);

    /// <summary>The "change" event data of a value, as CONTROLS.md defines it.</summary>
    private static string ChangeData(PropValue value) => value.KindCase switch
    {
        PropValue.KindOneofCase.StringValue => value.StringValue,
        PropValue.KindOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        PropValue.KindOneofCase.NumberValue => value.NumberValue.ToString("R", CultureInfo.InvariantCulture),
        PropValue.KindOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A change carries one string, number, int or bool value, not {value.KindCase}.", nameof(value)),
    };
}
