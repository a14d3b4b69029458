namespace FletActors;

/// <summary>The user popped the top view (the back button); the app usually removes it and pushes the new top route.</summary>
public sealed class ViewPopEvent : ControlEvent<Page>
{
    internal ViewPopEvent(Page page, string route, View? view)
        : base(page, "view_pop", route)
    {
        Route = route;
        View = view;
    }

    /// <summary>The route of the view the user popped.</summary>
    public string Route { get; }

    /// <summary>The popped view: the last one in <see cref="Page.Views"/> with that route, or null when none has it.</summary>
    public View? View { get; }
}
