using System.Text.Json;
using Microsoft.Playwright;

namespace FletActors.Web.Tests.Support;

/// <summary>One value a rendered Text control showed, and when (the page's performance.now(), in ms).</summary>
public sealed record TextChange(int Id, string Value, double AtMs);

/// <summary>
/// Records every value every Text control shows, the moment the DOM changes (a MutationObserver installed before
/// the client boots), so a test can check sequences and timings that polling would miss or blur.
/// </summary>
internal static class TextTimeline
{
    /// <summary>Runs in every document before its own scripts.</summary>
    public const string InitScript = """
        (() => {
          const timeline = [];
          const shown = new Map();
          window.__faTextTimeline = timeline;
          const scan = () => {
            const at = performance.now();
            for (const el of document.querySelectorAll('[data-type="text"]')) {
              const id = el.dataset.id ?? "";
              const value = el.textContent ?? "";
              if (shown.get(id) !== value) {
                shown.set(id, value);
                timeline.push({ id: Number(id), value, atMs: at });
              }
            }
          };
          new MutationObserver(scan).observe(document, { subtree: true, childList: true, characterData: true });
        })();
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Everything recorded in the page's current document, oldest first.</summary>
    public static async Task<IReadOnlyList<TextChange>> ReadAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.__faTextTimeline ?? [])");
        return JsonSerializer.Deserialize<TextChange[]>(json, Json) ?? [];
    }

    /// <summary>The values each control showed in order, empty values left out, keyed by control id.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> ValuesById(IEnumerable<TextChange> timeline) =>
        timeline
            .Where(c => c.Value.Length > 0)
            .GroupBy(c => c.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Value)]);

    /// <summary>The timeline as lines, for failure messages.</summary>
    public static string Describe(IEnumerable<TextChange> timeline) =>
        string.Join("\n", timeline.Select(c => $"  {c.AtMs,9:F1} ms  #{c.Id}  \"{c.Value}\""));
}
