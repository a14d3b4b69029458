namespace FletActors.UI.Tests.Hosting;

internal sealed class TestPageTask : IPageTask
{
    private readonly CancellationTokenSource cancellation = new();
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CancellationToken Token => cancellation.Token;

    public Task Completion => done.Task;

    public bool IsCancellationRequested => cancellation.IsCancellationRequested;

    public void Cancel() => cancellation.Cancel();

    public void Complete() => done.TrySetResult();
}
