using FletActors.Samples.Apps;
using FletActors.Samples.Gallery;

namespace FletActors.Samples;

/// <summary>Every sample app under the name its URL uses (<c>/apps/&lt;name&gt;</c>), the gallery as the default.</summary>
public static class SampleApps
{
    /// <summary>Adds the gallery and every sample app to <paramref name="builder"/>.</summary>
    public static FletAppBuilder AddSampleApps(this FletAppBuilder builder) => builder
        .AddApp("gallery", GalleryHome.Main)
        .AddApp("counter", CounterApp.Main)
        .AddApp("todo", TodoApp.Main)
        .AddApp("chat", ChatApp.Main)
        .AddApp("routing", RoutingApp.Main)
        .AddApp("hello-async", HelloAsync.Main)
        .AddApp("delayed-hello", DelayedHello.Main)
        .AddApp("countdown", Countdowns.Main)
        .AddApp("resize", ResizeReporter.Main)
        .AddApp("hover", HoverBoxes.Main)
        .AddApp("keyboard", KeyboardReporter.Main)
        .AddApp("errors", ErrorReporter.Main)
        .AddApp("load", LoadScript.Main)
        .UseDefaultApp("gallery");
}
