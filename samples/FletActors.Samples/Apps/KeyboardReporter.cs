namespace FletActors.Samples.Apps;

/// <summary>Flet's keyboard example: Page.OnKeyboardEvent shows the last key pressed and the modifiers held with it.</summary>
public static class KeyboardReporter
{
    public static void Main(Page page)
    {
        var last = new Text("No key pressed yet.") { Size = 20 };
        page.OnKeyboardEvent = e =>
            last.Value = $"Key: {e.Key}, Shift: {e.Shift}, Control: {e.Ctrl}, Alt: {e.Alt}, Meta: {e.Meta}";
        page.Add(new Text("Press any key with a combination of CTRL, ALT, SHIFT and META keys..."), last);
    }
}
