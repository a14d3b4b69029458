namespace FletActors;

/// <summary>
/// Runs a Flet-style app: <c>main(page)</c> is called for every new page session, on that session, and may be
/// synchronous or asynchronous.
/// </summary>
/// <example>
/// <code>
/// await FletApp.RunAsync(async page =>
/// {
///     await Task.Delay(1000);
///     page.Add(new Text("Hello, async world!"));
/// });
/// </code>
/// </example>
public static class FletApp
{
    /// <summary>
    /// Serves <paramref name="main"/> and blocks until the server stops (Ctrl+C or SIGTERM); sets
    /// <see cref="Environment.ExitCode"/> to the server's exit code (see <see cref="ServerExitCodes"/>).
    /// </summary>
    public static void Run(Action<Page> main, string[]? args = null) =>
        RunAsync(main, args).GetAwaiter().GetResult();

    /// <summary>
    /// Serves <paramref name="main"/> and blocks until the server stops (Ctrl+C or SIGTERM); sets
    /// <see cref="Environment.ExitCode"/> to the server's exit code (see <see cref="ServerExitCodes"/>).
    /// </summary>
    public static void Run(Func<Page, Task> main, string[]? args = null) =>
        RunAsync(main, args).GetAwaiter().GetResult();

    /// <summary>
    /// Serves <paramref name="main"/> until <paramref name="cancellationToken"/> fires or the process is asked to stop;
    /// returns the exit code (see <see cref="ServerExitCodes"/>) and sets <see cref="Environment.ExitCode"/> to it, so a
    /// program that only awaits this still exits non-zero when its cluster downed the node.
    /// </summary>
    public static Task<int> RunAsync(Action<Page> main, string[]? args = null, CancellationToken cancellationToken = default) =>
        RunToExitCodeAsync(CreateBuilder(args).AddApp("main", main).Build(), cancellationToken);

    /// <summary>
    /// Serves <paramref name="main"/> until <paramref name="cancellationToken"/> fires or the process is asked to stop;
    /// returns the exit code (see <see cref="ServerExitCodes"/>) and sets <see cref="Environment.ExitCode"/> to it, so a
    /// program that only awaits this still exits non-zero when its cluster downed the node.
    /// </summary>
    public static Task<int> RunAsync(Func<Page, Task> main, string[]? args = null, CancellationToken cancellationToken = default) =>
        RunToExitCodeAsync(CreateBuilder(args).AddApp("main", main).Build(), cancellationToken);

    /// <summary>Starts a builder for a server with several apps or custom options.</summary>
    /// <param name="args">Command-line arguments; <c>--FletActors:HttpPort=9000</c> and the like override configuration.</param>
    public static FletAppBuilder CreateBuilder(string[]? args = null) => new(args ?? []);

    private static async Task<int> RunToExitCodeAsync(FletServer server, CancellationToken cancellationToken)
    {
        await using (server.ConfigureAwait(false))
        {
            var exitCode = await server.RunAsync(cancellationToken).ConfigureAwait(false);
            Environment.ExitCode = exitCode;
            return exitCode;
        }
    }
}
