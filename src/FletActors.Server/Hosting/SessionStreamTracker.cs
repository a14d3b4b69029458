using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FletActors.Server.Hosting;

/// <summary>
/// Counts the session service's calls in flight, so that a graceful shutdown can let every stream write its
/// SessionClosed message and trailers before Kestrel starts closing connections under them.
/// </summary>
internal sealed class SessionStreamTracker(string servicePath)
{
    private readonly Lock gate = new();
    private int active;
    private TaskCompletionSource? idle;

    public int ActiveCalls
    {
        get
        {
            lock (gate)
            {
                return active;
            }
        }
    }

    /// <summary>Counts every request under the session service's path, from routing until its response has been sent.</summary>
    public void Map(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(servicePath, StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // A call counts until its response has been sent to the end (trailers and END_STREAM), which Kestrel does
        // after the handler returns; Kestrel runs OnCompleted callbacks for aborted requests too.
        Enter();
        context.Response.OnCompleted(() =>
        {
            Exit();
            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });

    /// <summary>Completes once no session call is in flight.</summary>
    public Task WhenIdleAsync()
    {
        lock (gate)
        {
            if (active == 0)
            {
                return Task.CompletedTask;
            }

            idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return idle.Task;
        }
    }

    private void Enter()
    {
        lock (gate)
        {
            active++;
        }
    }

    private void Exit()
    {
        TaskCompletionSource? done = null;
        lock (gate)
        {
            if (--active == 0)
            {
                done = idle;
                idle = null;
            }
        }

        done?.TrySetResult();
    }
}
