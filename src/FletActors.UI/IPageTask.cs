namespace FletActors;

/// <summary>A running <see cref="Page.RunTask(Func{CancellationToken, Task}, Control?)"/> body.</summary>
public interface IPageTask
{
    /// <summary>Completes when the body has finished, failed or been cancelled.</summary>
    Task Completion { get; }

    /// <summary>Cancels the body's token; the body stops at its next cancellable await.</summary>
    void Cancel();
}
