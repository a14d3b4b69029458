using BenchmarkDotNet.Running;
using FletActors.Benchmarks;

// `dotnet run -c Release --project bench/FletActors.Benchmarks -- scenario <name> [args]` runs a load scenario that
// measures what BenchmarkDotNet cannot (memory of a million armed timers, latency percentiles under load);
// anything else goes to BenchmarkDotNet's switcher (`-- --filter '*Tell*'`).
if (args is ["scenario", var name, .. var rest])
{
    return await Scenarios.RunAsync(name, rest).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args);
return 0;
