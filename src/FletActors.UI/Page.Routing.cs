namespace FletActors;

// Routing as in Flet: the route is a page prop, the app rebuilds page.Views in OnRouteChange, and PushRoute is
// Flet's page.go.
public sealed partial class Page
{
    /// <summary>The current route, e.g. <c>/</c> or <c>/settings</c>. Change it with <see cref="PushRoute"/>.</summary>
    public string Route => GetString("route") ?? "/";

    /// <summary>Raised when the route changes, by the client's navigation or by <see cref="PushRoute"/>.</summary>
    public Action<RouteChangeEvent>? OnRouteChange { get; set; }

    /// <summary>Raised when the user pops the top view (the back button).</summary>
    public Action<ViewPopEvent>? OnViewPop { get; set; }

    /// <summary>Navigates: sets <see cref="Route"/> (the client follows) and raises <see cref="OnRouteChange"/>.</summary>
    public void PushRoute(string route)
    {
        ArgumentException.ThrowIfNullOrEmpty(route);
        SetString("route", route);
        OnRouteChange?.Invoke(new RouteChangeEvent(this, route));
    }
}
