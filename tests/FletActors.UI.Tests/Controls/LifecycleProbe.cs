namespace FletActors.UI.Tests.Controls;

/// <summary>A custom control that logs its lifecycle callbacks, with what it saw when each ran.</summary>
internal sealed class LifecycleProbe(string name, List<string> log) : Text(name)
{
    public Page? PageSeenAtMount { get; private set; }

    public Page? PageSeenAtUnmount { get; private set; }

    public Action? OnBeforeUpdate { get; set; }

    public Action? OnDidMount { get; set; }

    protected override void BeforeUpdate()
    {
        log.Add($"before-update {Value}");
        OnBeforeUpdate?.Invoke();
    }

    protected override void DidMount()
    {
        log.Add($"did-mount {Value}");
        PageSeenAtMount = Page;
        OnDidMount?.Invoke();
    }

    protected override void WillUnmount()
    {
        log.Add($"will-unmount {Value}");
        PageSeenAtUnmount = Page;
    }
}
