using FletActors.Samples.Apps;
using FletActors.Samples.Gallery;

namespace FletActors.Web.Tests.Support;

/// <summary>The sample apps under the names samples/FletActors.Samples/Program.cs serves them by.</summary>
internal static class SampleApps
{
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
        .AddApp("errors", ErrorReporter.Main)
        .UseDefaultApp("gallery");
}
