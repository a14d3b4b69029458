using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>One screen of the page; routing keeps a stack of views in <see cref="Page.Views"/>.</summary>
public class View : Control
{
    private readonly ChildSlot appBarSlot;
    private readonly ChildSlot controlsSlot;
    private readonly ChildSlot floatingActionButtonSlot;

    /// <summary>Creates a view for <paramref name="route"/> holding <paramref name="controls"/>.</summary>
    public View(string route = "/", params Control[] controls)
    {
        appBarSlot = AddSlot("appbar", single: true);
        controlsSlot = AddSlot("controls", single: false);
        Controls = new ControlList<Control>(controlsSlot);
        floatingActionButtonSlot = AddSlot("floating_action_button", single: true);
        Route = route;
        Controls.AddRange(controls);
    }

    /// <summary>The route this view stands for.</summary>
    public string? Route
    {
        get => GetString("route");
        set => SetString("route", value);
    }

    /// <summary>Padding around the content in logical pixels.</summary>
    public Padding? Padding
    {
        get => GetValue<Padding>("padding");
        set => SetValue("padding", value);
    }

    /// <summary>How the view scrolls when its controls overflow; null does not scroll.</summary>
    public ScrollMode? Scroll
    {
        get => GetEnum<ScrollMode>("scroll");
        set => SetEnum("scroll", value);
    }

    /// <summary>Main axis alignment of the controls.</summary>
    public MainAxisAlignment? VerticalAlignment
    {
        get => GetEnum<MainAxisAlignment>("vertical_alignment");
        set => SetEnum("vertical_alignment", value);
    }

    /// <summary>Cross axis alignment of the controls.</summary>
    public CrossAxisAlignment? HorizontalAlignment
    {
        get => GetEnum<CrossAxisAlignment>("horizontal_alignment");
        set => SetEnum("horizontal_alignment", value);
    }

    /// <summary>The app bar at the top.</summary>
    public AppBar? AppBar
    {
        get => (AppBar?)GetSingleChild(appBarSlot);
        set => SetSingleChild(appBarSlot, value);
    }

    /// <summary>The controls, top to bottom.</summary>
    public ControlList<Control> Controls { get; }

    /// <summary>The floating action button.</summary>
    public FloatingActionButton? FloatingActionButton
    {
        get => (FloatingActionButton?)GetSingleChild(floatingActionButtonSlot);
        set => SetSingleChild(floatingActionButtonSlot, value);
    }

    internal override string ControlType => "view";
}
