using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>A brief message at the bottom of the page; show it with <see cref="Page.ShowSnackBar"/>.</summary>
public class SnackBar : Control
{
    private readonly ChildSlot contentSlot;

    /// <summary>Creates a snack bar showing <paramref name="content"/>.</summary>
    public SnackBar(Control? content = null)
    {
        contentSlot = AddSlot("content", single: true);
        Content = content;
    }

    /// <summary>Whether it shows; the client sets it to false when it disappears.</summary>
    public bool Open
    {
        get => GetBool("open", false);
        set => SetBool("open", value, false);
    }

    /// <summary>The label of an action button; clicking it raises <see cref="OnAction"/>.</summary>
    public string? Action
    {
        get => GetString("action");
        set => SetString("action", value);
    }

    /// <summary>How long it shows, in milliseconds (default 4000).</summary>
    public int Duration
    {
        get => GetInt("duration", 4000);
        set => SetInt("duration", value, 4000);
    }

    /// <summary>The message, usually a Text.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    /// <summary>Raised when the user clicks the action.</summary>
    public Action<ControlEvent<SnackBar>>? OnAction
    {
        get => GetHandler<ControlEvent<SnackBar>>("action");
        set => SetHandler("action", value);
    }

    /// <summary>Raised when the user dismissed it.</summary>
    public Action<ControlEvent<SnackBar>>? OnDismiss
    {
        get => GetHandler<ControlEvent<SnackBar>>("dismiss");
        set => SetHandler("dismiss", value);
    }

    internal override string ControlType => "snackbar";

    internal override ControlEvent CreateEvent(string eventName, string data) =>
        new ControlEvent<SnackBar>(this, eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "action" or "dismiss" || base.HasEvent(eventName);

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "open" => PropKind.Bool,
        _ => base.WritableKind(prop),
    };
}
