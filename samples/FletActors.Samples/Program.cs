using FletActors;
using FletActors.Samples.Apps;
using FletActors.Samples.Gallery;

// The sample gallery: every app is a plain FletApp main, served side by side. Open the printed URL.
await FletApp.CreateBuilder(args)
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
    .UseDefaultApp("gallery")
    .Build()
    .RunAsync();
