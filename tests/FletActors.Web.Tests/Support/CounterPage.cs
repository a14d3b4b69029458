using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FletActors.Web.Tests.Support;

/// <summary>The gallery's counter app in a tab: its Increment button and its number.</summary>
internal sealed class CounterPage(AppTab tab)
{
    public ILocator Increment { get; } = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Increment" });

    public ILocator Value { get; } = tab.Page.Locator("[data-type=textfield] input");

    public Task ExpectValueAsync(string value, float timeoutMs) =>
        tab.ExpectAsync($"the counter showing {value}", () => Expect(Value).ToHaveValueAsync(value, new() { Timeout = timeoutMs }));
}
