using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FletActors.Testing;

/// <summary>
/// A server process for multi-node tests, started like <see cref="ExternalProcess"/> tools (no shell, output
/// redirected) but long-lived: its stdout lines can be awaited with a deadline, and it can be sent kill -9, SIGSTOP,
/// SIGCONT and SIGTERM and awaited for its exit code. Disposing kills whatever is still running.
/// </summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process process;
    private readonly object gate = new();
    private readonly List<string> lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> waiters = [];
    private readonly System.Text.StringBuilder errors = new();
    private bool outputEnded;

    private NodeProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Every stdout line so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/> and extra environment variables.</summary>
    public static NodeProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory)
    {
        var start = ExternalProcess.StartInfo(fileName, arguments, workingDirectory);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var node = new NodeProcess(process);
        process.OutputDataReceived += (_, e) => node.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (node.gate)
            {
                node.errors.AppendLine(e.Data);
            }
        };
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {fileName}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>
    /// The first stdout line, printed so far or later, that <paramref name="match"/> accepts; fails with the output so
    /// far when the deadline passes or the process ends first.
    /// </summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan deadline)
    {
        TaskCompletionSource<string> found;
        lock (gate)
        {
            if (lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (outputEnded)
            {
                throw new InvalidOperationException($"The process ended without the awaited line.\n{Describe()}");
            }

            found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, found));
        }

        try
        {
            return await found.Task.WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (gate)
            {
                waiters.RemoveAll(w => w.Found == found);
                throw new TimeoutException($"No awaited line within {deadline}.\n{Describe()}");
            }
        }
    }

    /// <summary>Sends <paramref name="signal"/> to the process.</summary>
    public void Signal(NodeSignal signal)
    {
        if (SendSignal(process.Id, (int)signal) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>True while the process is paused by <see cref="NodeSignal.Stop"/> (state T in /proc).</summary>
    public bool IsPaused
    {
        get
        {
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            // "pid (comm) S ...": the state follows the last ')', since comm may itself hold parentheses.
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('T');
        }
    }

    /// <summary>The exit code once the process has ended (137 after kill -9); throws when the deadline passes first.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The process did not exit within {deadline}.\n{Describe()}");
        }

        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private void OnOutput(string? line)
    {
        List<TaskCompletionSource<string>> done = [];
        List<TaskCompletionSource<string>> orphaned = [];
        string? ended = null;
        lock (gate)
        {
            if (line is null)
            {
                outputEnded = true;
                orphaned.AddRange(waiters.Select(w => w.Found));
                waiters.Clear();
                ended = Describe();
            }
            else
            {
                lines.Add(line);
                foreach (var waiter in waiters.Where(w => w.Match(line)).ToList())
                {
                    waiters.Remove(waiter);
                    done.Add(waiter.Found);
                }
            }
        }

        done.ForEach(found => found.TrySetResult(line!));
        orphaned.ForEach(found => found.TrySetException(new InvalidOperationException($"The process ended without the awaited line.\n{ended}")));
    }

    private string Describe() => $"stdout:\n{string.Join('\n', lines.TakeLast(50))}\nstderr:\n{errors}";
}
