using System.Reflection;

namespace FletActors.Benchmarks;

/// <summary>Finds the <see cref="IScenario"/> implementations in this assembly and runs one by name.</summary>
public static class Scenarios
{
    public static async Task<int> RunAsync(string name, string[] args)
    {
        var scenarios = typeof(Scenarios).Assembly.GetTypes()
            .Where(t => typeof(IScenario).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IScenario)Activator.CreateInstance(t)!)
            .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        if (!scenarios.TryGetValue(name, out var scenario))
        {
            Console.Error.WriteLine($"Unknown scenario '{name}'. Known: {string.Join(", ", scenarios.Keys.Order())}");
            return 2;
        }

        return await scenario.RunAsync(args).ConfigureAwait(false);
    }
}
