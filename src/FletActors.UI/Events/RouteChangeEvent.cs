namespace FletActors;

/// <summary>The page's route changed, by the client (navigation) or by <see cref="Page.PushRoute"/>.</summary>
public sealed class RouteChangeEvent : ControlEvent<Page>
{
    internal RouteChangeEvent(Page page, string route)
        : base(page, "route_change", route) => Route = route;

    /// <summary>The new route, e.g. <c>/settings</c>.</summary>
    public string Route { get; }
}
