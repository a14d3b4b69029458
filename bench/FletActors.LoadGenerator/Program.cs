using System.CommandLine;
using FletActors.LoadGenerator;
using Spectre.Console;

// Drives N sessions of the "load" sample app over real gRPC streams through a round-robin balancer to a sample
// cluster it starts on loopback, then writes report.json, report.md, latency.hgrm and latency.svg to --output.
var defaults = new LoadOptions();
var nodes = new Option<int>("--nodes") { Description = "Nodes of the sample cluster (1 to 9).", DefaultValueFactory = _ => defaults.Nodes };
var sessions = new Option<int>("--sessions") { Description = "Concurrent sessions.", DefaultValueFactory = _ => defaults.Sessions };
var duration = new Option<double>("--duration") { Description = "Seconds of load.", DefaultValueFactory = _ => defaults.Duration.TotalSeconds };
var maxEvents = new Option<long>("--max-events") { Description = "Stop after this many round trips (0 = run for --duration).", DefaultValueFactory = _ => defaults.MaxEvents };
var webShare = new Option<double>("--web-share") { Description = "Share of sessions on gRPC-Web Open+Send (0 to 1); the rest use the native Connect stream.", DefaultValueFactory = _ => defaults.WebShare };
var think = new Option<double>("--think-ms") { Description = "Pause of each session between round trips (0 = as fast as the server answers).", DefaultValueFactory = _ => defaults.ThinkTime.TotalMilliseconds };
var patchTimeout = new Option<double>("--patch-timeout") { Description = "Seconds an event may wait for its patch.", DefaultValueFactory = _ => defaults.PatchTimeout.TotalSeconds };
var roomSize = new Option<int>("--room-size") { Description = "Sessions per chat room (the chat fan-out).", DefaultValueFactory = _ => defaults.RoomSize };
var nativeConnections = new Option<int>("--native-connections") { Description = "HTTP/2 connections the native sessions share.", DefaultValueFactory = _ => defaults.NativeConnections };
var connectConcurrency = new Option<int>("--connect-concurrency") { Description = "Sessions registering at once.", DefaultValueFactory = _ => defaults.ConnectConcurrency };
var idleSettle = new Option<double>("--idle-settle") { Description = "Seconds the connected sessions sit idle before idle memory and CPU are read.", DefaultValueFactory = _ => defaults.IdleSettle.TotalSeconds };
var serverEvents = new Option<int>("--server-max-events-per-second") { Description = "FletActors:MaxEventsPerSecond of every node.", DefaultValueFactory = _ => defaults.ServerMaxEventsPerSecond };
var serverSessions = new Option<int>("--server-max-sessions") { Description = "FletActors:MaxSessions of every node.", DefaultValueFactory = _ => defaults.ServerMaxSessions };
var fault = new Option<FaultKind>("--fault") { Description = "None, Kill (kill -9) or Term (SIGTERM) of one node mid-run.", DefaultValueFactory = _ => defaults.Fault };
var faultNode = new Option<int>("--fault-node") { Description = "The node the fault hits (0 is the seed, the oldest).", DefaultValueFactory = _ => defaults.FaultNode };
var faultAt = new Option<double>("--fault-at") { Description = "Seconds into the load at which the fault hits.", DefaultValueFactory = _ => defaults.FaultAt.TotalSeconds };
var output = new Option<string>("--output") { Description = "Folder for report.json, report.md, latency.hgrm and latency.svg.", DefaultValueFactory = _ => defaults.Output };
var smoke = new Option<bool>("--smoke") { Description = "A few sessions for a few seconds (a check that every part works); other options still apply on top." };
var quiet = new Option<bool>("--quiet") { Description = "No progress lines; the final table only." };

var root = new RootCommand("FletActors load generator: sessions of the load app over gRPC through a balancer to a sample cluster on loopback.")
{
    nodes, sessions, duration, maxEvents, webShare, think, patchTimeout, roomSize, nativeConnections, connectConcurrency,
    idleSettle, serverEvents, serverSessions, fault, faultNode, faultAt, output, smoke, quiet,
};
root.SetAction(async parse =>
{
    var isSmoke = parse.GetValue(smoke);
    T Pick<T>(Option<T> option, T smokeValue) => isSmoke && parse.GetResult(option) is null or { Implicit: true } ? smokeValue : parse.GetValue(option)!;
    var options = new LoadOptions
    {
        Nodes = parse.GetValue(nodes),
        Sessions = Pick(sessions, 6),
        Duration = TimeSpan.FromSeconds(Pick(duration, 4.0)),
        MaxEvents = parse.GetValue(maxEvents),
        WebShare = parse.GetValue(webShare),
        ThinkTime = TimeSpan.FromMilliseconds(parse.GetValue(think)),
        PatchTimeout = TimeSpan.FromSeconds(Pick(patchTimeout, 3.0)),
        RoomSize = Pick(roomSize, 3),
        NativeConnections = Pick(nativeConnections, 3),
        ConnectConcurrency = parse.GetValue(connectConcurrency),
        IdleSettle = TimeSpan.FromSeconds(Pick(idleSettle, 1.0)),
        ServerMaxEventsPerSecond = parse.GetValue(serverEvents),
        ServerMaxSessions = parse.GetValue(serverSessions),
        Fault = parse.GetValue(fault),
        FaultNode = parse.GetValue(faultNode),
        FaultAt = TimeSpan.FromSeconds(Pick(faultAt, 2.0)),
        Output = parse.GetValue(output)!,
        Quiet = parse.GetValue(quiet),
    };
    try
    {
        options.Validate();
    }
    catch (ArgumentException e)
    {
        await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
        return 2;
    }

    var run = new LoadRun(options, new ConsoleProgressView(options.Quiet));
    LoadReport report;
    HdrHistogram.LongHistogram histogram;
    try
    {
        (report, histogram) = await run.RunAsync().ConfigureAwait(false);
    }
    catch (Exception e)
    {
        await Console.Error.WriteLineAsync($"The load run failed: {e}").ConfigureAwait(false);
        return 1;
    }

    ReportWriter.Write(report, histogram);
    var table = new Table().AddColumn("measure").AddColumn("value");
    foreach (var (measure, value) in ReportWriter.Rows(report))
    {
        table.AddRow(Markup.Escape(measure), Markup.Escape(value));
    }

    AnsiConsole.Write(table);
    AnsiConsole.MarkupLine($"report: [link]{Markup.Escape(report.Files.Json)}[/]");
    return 0;
});
var fwdDefaults = new ForwardingOptions();
var roundTrips = new Option<int>("--round-trips") { Description = "Round trips of each measure in all.", DefaultValueFactory = _ => fwdDefaults.RoundTrips };
var slices = new Option<int>("--slices") { Description = "Alternating slices (owned, forwarded, ping, owned, ...) the round trips are measured in.", DefaultValueFactory = _ => fwdDefaults.Slices };
var warmup = new Option<int>("--warmup") { Description = "Round trips of each measure before measuring.", DefaultValueFactory = _ => fwdDefaults.Warmup };
var pause = new Option<double>("--pause-ms") { Description = "Pause after each round trip.", DefaultValueFactory = _ => fwdDefaults.Pause.TotalMilliseconds };
var fwdOutput = new Option<string>("--output") { Description = "Folder for forwarding.json, forwarding.md and the .hgrm files.", DefaultValueFactory = _ => fwdDefaults.Output };
var forwarding = new Command("forwarding",
    "Click → patch round trip of a session on its owner's node vs one whose stream is on another node, against an Akka.Remote ping between the nodes, on 2 sample nodes.")
{
    roundTrips, slices, warmup, pause, fwdOutput,
};
forwarding.SetAction(async (parse, cancellationToken) =>
{
    var options = new ForwardingOptions
    {
        RoundTrips = parse.GetValue(roundTrips),
        Slices = parse.GetValue(slices),
        Warmup = parse.GetValue(warmup),
        Pause = TimeSpan.FromMilliseconds(parse.GetValue(pause)),
        Output = parse.GetValue(fwdOutput)!,
    };
    try
    {
        options.Validate();
    }
    catch (ArgumentException e)
    {
        await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
        return 2;
    }

    ForwardingReport report;
    try
    {
        report = await new ForwardingRun(options).RunAsync(cancellationToken).ConfigureAwait(false);
    }
    catch (Exception e) when (e is not OperationCanceledException)
    {
        await Console.Error.WriteLineAsync($"The forwarding run failed: {e}").ConfigureAwait(false);
        return 1;
    }

    var table = new Table().AddColumn("measure").AddColumn("value");
    foreach (var (measure, value) in ForwardingRun.Rows(report))
    {
        table.AddRow(Markup.Escape(measure), Markup.Escape(value));
    }

    AnsiConsole.Write(table);
    return 0;
});
root.Subcommands.Add(forwarding);
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
