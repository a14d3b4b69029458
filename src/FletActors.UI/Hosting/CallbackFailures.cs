using System.Runtime.ExceptionServices;

namespace FletActors.UI.Hosting;

/// <summary>Rethrows what app callbacks threw once all of them have run: one failure as itself, several together.</summary>
internal static class CallbackFailures
{
    public static void ThrowIfAny(List<Exception>? failures)
    {
        if (failures is null || failures.Count == 0)
        {
            return;
        }

        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Capture(failures[0]).Throw();
        }

        throw new AggregateException(failures);
    }
}
