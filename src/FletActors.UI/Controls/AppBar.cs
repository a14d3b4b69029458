using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>The bar at the top of a view; set it with <see cref="Page.AppBar"/> or <see cref="View.AppBar"/>.</summary>
public class AppBar : Control
{
    private readonly ChildSlot leadingSlot;
    private readonly ChildSlot titleSlot;
    private readonly ChildSlot actionsSlot;

    /// <summary>Creates an empty app bar.</summary>
    public AppBar()
    {
        leadingSlot = AddSlot("leading", single: true);
        titleSlot = AddSlot("title", single: true);
        actionsSlot = AddSlot("actions", single: false);
        Actions = new ControlList<Control>(actionsSlot);
    }

    /// <summary>Centers the title.</summary>
    public bool CenterTitle
    {
        get => GetBool("center_title", false);
        set => SetBool("center_title", value, false);
    }

    /// <summary>Color of the title and icons.</summary>
    public Color? Color
    {
        get => GetValue<Color>("color");
        set => SetValue("color", value);
    }

    /// <summary>The control before the title, usually an icon.</summary>
    public Control? Leading
    {
        get => (Control?)GetSingleChild(leadingSlot);
        set => SetSingleChild(leadingSlot, value);
    }

    /// <summary>The title, usually a Text.</summary>
    public Control? Title
    {
        get => (Control?)GetSingleChild(titleSlot);
        set => SetSingleChild(titleSlot, value);
    }

    /// <summary>Controls after the title, usually icon buttons.</summary>
    public ControlList<Control> Actions { get; }

    internal override string ControlType => "appbar";
}
