using FletActors.UI.Patching;

namespace FletActors;

// Methods the client runs for the app: navigation today; the same path serves focus and scrolling later.
public sealed partial class Page
{
    /// <summary>
    /// Opens <paramref name="url"/> in the client, like Flet's <c>page.launch_url</c>: an absolute http(s) URL, or a
    /// path on this server such as <c>/apps/counter</c>. Pending changes are sent first.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is neither an absolute http(s) URL nor a path starting with '/'.</exception>
    public void LaunchUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var isPath = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
        var isWeb = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps);
        if (!isPath && !isWeb)
        {
            throw new ArgumentException($"LaunchUrl takes an absolute http(s) URL or a path starting with '/', not '{url}'.", nameof(url));
        }

        CheckAccess();
        Flush();
        Host.CallClientMethod(PatchBatch.PageId, "launch_url", [new Prop("url", UI.Patching.PropValue.String(url))]);
    }
}
