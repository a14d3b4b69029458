using System.Diagnostics;
using System.Globalization;
using System.Net;
using FletActors.Cluster.Tests.MultiNode;
using FletActors.Testing;

namespace FletActors.LoadGenerator;

/// <summary>
/// One run: starts the sample cluster and the balancers, connects the sessions, reads idle memory and CPU, runs the
/// script for the fixed time (hitting one node when asked), then stops everything and builds the report.
/// </summary>
internal sealed class LoadRun(LoadOptions options, IProgressView progress)
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(60);

    public async Task<(LoadReport Report, HdrHistogram.LongHistogram LatencyMicros)> RunAsync()
    {
        var startedUtc = DateTime.UtcNow;
        var loadAtStart = ProcessSample.LoadAverage();
        // The nodes inherit these: limits of the run, not of the sample server's defaults.
        Environment.SetEnvironmentVariable("FletActors__MaxEventsPerSecond", options.ServerMaxEventsPerSecond.ToString(CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("FletActors__MaxSessions", options.ServerMaxSessions.ToString(CultureInfo.InvariantCulture));
        progress.Status($"starting {options.Nodes} node(s)");
        using var cluster = await SampleCluster.StartAsync(options.Nodes).ConfigureAwait(false);
        await using var nativeBalancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.GrpcEndPoint));
        await using var webBalancer = new RoundRobinLoadBalancer(cluster.Nodes.Select(n => n.HttpEndPoint));
        var pids = cluster.Nodes.Select(n => n.Process.Id).ToList();
        var baseline = ProcessSample.Sum(pids.Select(ProcessSample.Read));

        var metrics = new LoadMetrics();
        var natives = Enumerable.Range(0, options.NativeConnections).Select(_ => new NativeLinkFactory(Url(nativeBalancer.EndPoint))).ToList();
        using var web = new WebLinkFactory(Url(webBalancer.EndPoint));
        var webCount = (int)Math.Round(options.Sessions * options.WebShare);
        var sessions = Enumerable.Range(0, options.Sessions)
            .Select(i => new LoadSession(i, i < webCount ? web : natives[i % natives.Count], metrics, options))
            .ToList();
        using var connections = new CancellationTokenSource();
        using var scripts = new CancellationTokenSource();
        var connectionTasks = new List<Task>();
        try
        {
            progress.Status($"connecting {options.Sessions} sessions");
            using (var admission = new SemaphoreSlim(options.ConnectConcurrency))
            {
                var readiness = new List<Task>();
                foreach (var session in sessions)
                {
                    await admission.WaitAsync().ConfigureAwait(false);
                    connectionTasks.Add(Task.Run(() => session.RunConnectionAsync(connections.Token)));
                    readiness.Add(session.Ready.WaitAsync(ReadyDeadline).ContinueWith(t =>
                    {
                        admission.Release();
                        return t;
                    }, TaskScheduler.Default).Unwrap());
                    progress.Connecting(readiness.Count(t => t.IsCompletedSuccessfully), options.Sessions);
                }

                await Task.WhenAll(readiness).ConfigureAwait(false);
            }

            progress.Status($"idle for {options.IdleSettle.TotalSeconds:0.#} s");
            var idleFrom = ProcessSample.Sum(pids.Select(ProcessSample.Read));
            await Task.Delay(options.IdleSettle).ConfigureAwait(false);
            var idleByNode = pids.Select(ProcessSample.Read).ToList();
            var idle = ProcessSample.Sum(idleByNode);
            // CPU a node used under load up to its fault; it is read just before the signal.
            var faultedCpu = TimeSpan.Zero;
            var selfBefore = ProcessSample.Read(Environment.ProcessId);
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);

            progress.Status("load");
            metrics.StartLoad();
            var loadTimer = Stopwatch.StartNew();
            var scriptTasks = sessions.Select(s => Task.Run(() => s.RunScriptAsync(scripts.Token))).ToList();
            long faultAt = 0;
            var faultNode = options.FaultNode;
            var deadline = options.Duration;
            while (loadTimer.Elapsed < deadline && (options.MaxEvents == 0 || metrics.RoundTrips < options.MaxEvents))
            {
                if (options.Fault != FaultKind.None && faultAt == 0 && loadTimer.Elapsed >= options.FaultAt)
                {
                    faultedCpu = ProcessSample.Read(pids[faultNode]).CpuTime - idleByNode[faultNode].CpuTime;
                    cluster.Nodes[faultNode].Process.Signal(options.Fault == FaultKind.Kill ? NodeSignal.Kill : NodeSignal.Terminate);
                    faultAt = Stopwatch.GetTimestamp();
                    progress.Status($"load; node {faultNode} sent {options.Fault}");
                }

                progress.Load(metrics, loadTimer.Elapsed, deadline);
                var remaining = deadline - loadTimer.Elapsed;
                await Task.Delay(remaining < TimeSpan.FromMilliseconds(250) ? remaining.Duration() : TimeSpan.FromMilliseconds(250)).ConfigureAwait(false);
            }

            var loadSeconds = loadTimer.Elapsed.TotalSeconds;
            var surviving = Enumerable.Range(0, pids.Count).Where(n => faultAt == 0 || n != faultNode).ToList();
            var loadedByNode = surviving.ToDictionary(n => n, n => ProcessSample.Read(pids[n]));
            var loaded = ProcessSample.Sum(loadedByNode.Values);
            var loadCpu = faultedCpu + loadedByNode.Aggregate(TimeSpan.Zero, (sum, n) => sum + (n.Value.CpuTime - idleByNode[n.Key].CpuTime));
            var selfAfter = ProcessSample.Read(Environment.ProcessId);
            await scripts.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(scriptTasks).ConfigureAwait(false);
            var roundTrips = metrics.RoundTrips;
            progress.Status("stopping");
            await connections.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(connectionTasks).ConfigureAwait(false);

            var owners = Owners(cluster, sessions);
            // Each node's log beside the report: where a slow failover's seconds went is read from them.
            Directory.CreateDirectory(options.Output);
            for (var node = 0; node < cluster.Nodes.Count; node++)
            {
                await File.WriteAllLinesAsync(Path.Combine(options.Output, $"node-{node}.log"), cluster.Nodes[node].Process.Lines).ConfigureAwait(false);
            }

            int? exitCode = null;
            if (faultAt != 0)
            {
                exitCode = await cluster.Nodes[faultNode].Process.WaitForExitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            }

            var report = new LoadReportBuilder(options, metrics, sessions, owners)
            {
                StartedUtc = startedUtc,
                LoadAverageAtStart = loadAtStart,
                Baseline = baseline,
                Idle = idle,
                IdleWindow = (idle.CpuTime - idleFrom.CpuTime, options.IdleSettle),
                Loaded = loaded,
                LoadCpu = loadCpu,
                LoadSeconds = loadSeconds,
                RoundTrips = roundTrips,
                SelfCpu = selfAfter.CpuTime - selfBefore.CpuTime,
                Gen0 = GC.CollectionCount(0) - gen0,
                Gen2 = GC.CollectionCount(2) - gen2,
                FaultAt = faultAt,
                FaultAtSeconds = faultAt == 0 ? 0 : options.FaultAt.TotalSeconds,
                FaultExitCode = exitCode,
            };
            return (report.Build(), metrics.LatencySnapshot());
        }
        finally
        {
            await connections.CancelAsync().ConfigureAwait(false);
            natives.ForEach(n => n.Dispose());
        }
    }

    private static Uri Url(IPEndPoint endPoint) => new($"http://127.0.0.1:{endPoint.Port}");

    // The node that started each session, from its "Session <id> started app load" log line.
    private static Dictionary<string, int> Owners(SampleCluster cluster, IReadOnlyList<LoadSession> sessions)
    {
        var wanted = sessions.Where(s => s.FirstSessionId is not null).Select(s => s.FirstSessionId!).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var node = 0; node < cluster.Nodes.Count; node++)
        {
            foreach (var line in cluster.Nodes[node].Process.Lines)
            {
                var at = line.IndexOf("Session ", StringComparison.Ordinal);
                if (at < 0 || !line.Contains(" started app load ", StringComparison.Ordinal))
                {
                    continue;
                }

                var id = line[(at + "Session ".Length)..].Split(' ', 2)[0];
                if (wanted.Contains(id))
                {
                    owners.TryAdd(id, node);
                }
            }
        }

        return owners;
    }
}
