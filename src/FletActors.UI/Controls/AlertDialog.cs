using FletActors.UI.Hosting;
using FletActors.UI.Patching;

namespace FletActors;

/// <summary>A modal dialog with a title, content and actions; show it with <see cref="Page.ShowDialog"/>.</summary>
public class AlertDialog : Control
{
    private readonly ChildSlot titleSlot;
    private readonly ChildSlot contentSlot;
    private readonly ChildSlot actionsSlot;

    /// <summary>Creates an empty dialog.</summary>
    public AlertDialog()
    {
        titleSlot = AddSlot("title", single: true);
        contentSlot = AddSlot("content", single: true);
        actionsSlot = AddSlot("actions", single: false);
        Actions = new ControlList<Control>(actionsSlot);
    }

    /// <summary>Whether the dialog shows; the client sets it to false when the user dismisses it.</summary>
    public bool Open
    {
        get => GetBool("open", false);
        set => SetBool("open", value, false);
    }

    /// <summary>A modal dialog cannot be dismissed by clicking outside it.</summary>
    public bool Modal
    {
        get => GetBool("modal", false);
        set => SetBool("modal", value, false);
    }

    /// <summary>The title, usually a Text.</summary>
    public Control? Title
    {
        get => (Control?)GetSingleChild(titleSlot);
        set => SetSingleChild(titleSlot, value);
    }

    /// <summary>The body.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    /// <summary>The buttons at the bottom.</summary>
    public ControlList<Control> Actions { get; }

    /// <summary>Raised when the user dismissed it.</summary>
    public Action<ControlEvent<AlertDialog>>? OnDismiss
    {
        get => GetHandler<ControlEvent<AlertDialog>>("dismiss");
        set => SetHandler("dismiss", value);
    }

    internal override string ControlType => "alertdialog";

    internal override ControlEvent CreateEvent(string eventName, string data) =>
        new ControlEvent<AlertDialog>(this, eventName, data);

    internal override bool HasEvent(string eventName) => eventName is "dismiss" || base.HasEvent(eventName);

    internal override PropKind? WritableKind(string prop) => prop switch
    {
        "open" => PropKind.Bool,
        _ => base.WritableKind(prop),
    };
}
