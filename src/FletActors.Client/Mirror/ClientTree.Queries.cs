using FletActors.Protocol.V1;

namespace FletActors.Client;

public sealed partial class ClientTree
{
    /// <summary>Every control, the page first, then depth first in document order.</summary>
    public IEnumerable<ClientControl> All() => Root.Descendants().Prepend(Root);

    /// <summary>Every control of a type, in document order.</summary>
    public IReadOnlyList<ClientControl> FindAllByType(string type) =>
        All().Where(c => string.Equals(c.Type, type, StringComparison.Ordinal)).ToList();

    /// <summary>The first control of a type in document order, or null.</summary>
    public ClientControl? FindByType(string type) =>
        All().FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.Ordinal));

    /// <summary>The first control whose <see cref="ClientControl.Text"/> equals text, or null.</summary>
    public ClientControl? FindByText(string text) =>
        All().FirstOrDefault(c => string.Equals(c.Text, text, StringComparison.Ordinal));

    /// <summary>Every control whose <see cref="ClientControl.Text"/> equals text, in document order.</summary>
    public IReadOnlyList<ClientControl> FindAllByText(string text) =>
        All().Where(c => string.Equals(c.Text, text, StringComparison.Ordinal)).ToList();

    /// <summary>The first control with this reconciliation key, or null.</summary>
    public ClientControl? FindByKey(string key) =>
        All().FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    /// <summary>The first control whose prop equals value (same kind, same value), or null.</summary>
    public ClientControl? FindByProp(string name, PropValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return All().FirstOrDefault(c => value.Equals(c.GetProp(name)));
    }
}
