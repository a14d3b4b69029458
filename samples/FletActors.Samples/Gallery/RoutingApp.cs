namespace FletActors.Samples.Gallery;

/// <summary>
/// Flet's routing example: the route decides the stack of views; the browser's back button and the app bar's back
/// arrow pop the top view.
/// </summary>
public static class RoutingApp
{
    public static void Main(Page page)
    {
        page.Title = "Routing";

        void Rebuild()
        {
            page.Views.Clear();
            page.Views.Add(new View("/",
                new Text("Home") { Size = 24, Weight = FontWeight.Bold },
                new ElevatedButton("Visit store") { OnClick = _ => page.PushRoute("/store") })
            {
                AppBar = new AppBar { Title = new Text("Flet app") },
            });
            if (page.Route is "/store" or "/store/checkout")
            {
                page.Views.Add(new View("/store",
                    new Text("Store") { Size = 24, Weight = FontWeight.Bold },
                    new ElevatedButton("Go home") { OnClick = _ => page.PushRoute("/") },
                    new ElevatedButton("Checkout") { OnClick = _ => page.PushRoute("/store/checkout") })
                {
                    AppBar = new AppBar { Title = new Text("Store") },
                });
            }

            if (page.Route == "/store/checkout")
            {
                page.Views.Add(new View("/store/checkout",
                    new Text("Checkout") { Size = 24, Weight = FontWeight.Bold },
                    new Text($"Route: {page.Route}"))
                {
                    AppBar = new AppBar { Title = new Text("Checkout") },
                });
            }
        }

        page.OnRouteChange = _ => Rebuild();
        page.OnViewPop = _ =>
        {
            page.Views.RemoveAt(page.Views.Count - 1);
            page.PushRoute(page.Views[^1].Route ?? "/");
        };
        Rebuild();
    }
}
