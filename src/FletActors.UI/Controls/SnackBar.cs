using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>A brief message at the bottom of the page; show it with <see cref="Page.ShowSnackBar"/>.</summary>
public class SnackBar : Control
{
    private readonly ChildSlot contentSlot;
    private Action<ControlEvent>? onAction;
    private Action<ControlEvent>? onDismiss;

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
    public Action<ControlEvent>? OnAction
    {
        get => onAction;
        set => SetHandler(ref onAction, value, "action");
    }

    /// <summary>Raised when the user dismissed it.</summary>
    public Action<ControlEvent>? OnDismiss
    {
        get => onDismiss;
        set => SetHandler(ref onDismiss, value, "dismiss");
    }

    internal override string ControlType => "snackbar";

    internal override bool TryGetHandler(string eventName, out Action<ControlEvent>? handler)
    {
        switch (eventName)
        {
            case "action":
                handler = onAction;
                return true;
            case "dismiss":
                handler = onDismiss;
                return true;
            default:
                return base.TryGetHandler(eventName, out handler);
        }
    }

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "open" => PropKind.Bool,
        _ => base.WritableKind(prop),
    };
}
