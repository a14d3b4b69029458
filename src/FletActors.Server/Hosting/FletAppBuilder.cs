using Akka.Hosting;
using FletActors.Server.Hosting;
using FletActors.Sessions;
using Microsoft.Extensions.Logging;

namespace FletActors;

/// <summary>
/// Builds a <see cref="FletServer"/> hosting one or more apps. <see cref="FletApp.Run(Action{Page}, string[])"/> is the
/// one-app shortcut; the builder serves several (the gallery) and lets tests pick ports, time and logging.
/// </summary>
public sealed class FletAppBuilder
{
    private readonly Dictionary<string, Func<Page, Task>> apps = new(StringComparer.Ordinal);
    private readonly string[] args;
    private string? defaultApp;
    private Func<FletServerOptions, FletServerOptions> configure = static o => o;
    private Action<ILoggingBuilder>? configureLogging;
    private Action<AkkaConfigurationBuilder>? configureActorSystem;

    internal FletAppBuilder(string[] args) => this.args = args;

    /// <summary>Adds an app whose main is synchronous.</summary>
    public FletAppBuilder AddApp(string name, Action<Page> main)
    {
        ArgumentNullException.ThrowIfNull(main);
        return AddApp(name, page =>
        {
            main(page);
            return Task.CompletedTask;
        });
    }

    /// <summary>Adds an app whose main is asynchronous; it runs on the session, so it may await freely.</summary>
    public FletAppBuilder AddApp(string name, Func<Page, Task> main)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(main);
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new ArgumentException($"App name '{name}' must be non-empty ASCII letters, digits, '-' or '_' (it appears in URLs).", nameof(name));
        }

        if (!apps.TryAdd(name, main))
        {
            throw new ArgumentException($"An app named '{name}' is already added.", nameof(name));
        }

        defaultApp ??= name;
        return this;
    }

    /// <summary>The app a client gets when it names none (by default the first one added).</summary>
    public FletAppBuilder UseDefaultApp(string name)
    {
        defaultApp = name;
        return this;
    }

    /// <summary>
    /// Adjusts the options after appsettings.json, <c>FletActors__*</c> environment variables and
    /// <c>--FletActors:Name=value</c> arguments have been applied; the result is validated at <see cref="Build"/>.
    /// </summary>
    public FletAppBuilder ConfigureOptions(Func<FletServerOptions, FletServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var previous = this.configure;
        this.configure = o => configure(previous(o));
        return this;
    }

    /// <summary>Adds logging configuration on top of the defaults (console, levels from configuration).</summary>
    public FletAppBuilder ConfigureLogging(Action<ILoggingBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configureLogging += configure;
        return this;
    }

    /// <summary>
    /// Adds Akka.Hosting configuration to the server's actor system, after its own: Akka.TestKit's TestScheduler for
    /// tests in virtual time (sessions take their clock from the scheduler), extra actors, logging levels.
    /// </summary>
    public FletAppBuilder ConfigureActorSystem(Action<AkkaConfigurationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configureActorSystem += configure;
        return this;
    }

    /// <summary>Reads configuration, validates the options and creates the server (not started yet).</summary>
    /// <exception cref="ArgumentException">An option is invalid or no app was added.</exception>
    public FletServer Build()
    {
        if (apps.Count == 0)
        {
            throw new InvalidOperationException("Add at least one app with AddApp before Build.");
        }

        var catalog = new AppCatalog(apps, defaultApp!);
        return FletServer.Create(catalog, args, configure, configureLogging, configureActorSystem);
    }
}
