namespace FletActors.UI.Tests.Pages;

/// <summary>The change count a session replicates its values by: every change counts, a no-op or a restore does not.</summary>
public sealed class SessionStoreTests
{
    [Fact]
    public void Version_SetRemoveAndClear_EachCountOnce()
    {
        var store = new SessionStore();

        store.Set("a", 1);
        store.Set("a", 2);
        store.Set("b", null);
        Assert.Equal(3, store.Version);
        Assert.True(store.Remove("a"));
        Assert.Equal(4, store.Version);
        store.Clear();
        Assert.Equal(5, store.Version);
    }

    [Fact]
    public void Version_RemovingNothingOrClearingAnEmptyStore_Unchanged()
    {
        var store = new SessionStore();

        Assert.False(store.Remove("missing"));
        store.Clear();

        Assert.Equal(0, store.Version);
    }

    [Fact]
    public void Restore_PutsValuesBackWithoutCountingAChange()
    {
        var store = new SessionStore();

        store.Restore([KeyValuePair.Create<string, object?>("count", 3), KeyValuePair.Create<string, object?>("user", "ada")]);

        Assert.Equal(0, store.Version);
        Assert.Equal(3, store.Get<int>("count"));
        Assert.Equal(["count", "user"], store.Entries.Select(e => e.Key).Order(StringComparer.Ordinal));
    }
}
