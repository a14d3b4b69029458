namespace FletActors;

/// <summary>
/// A key was pressed while the page had a keyboard handler (Flet's <c>page.on_keyboard_event</c>). Modifier keys
/// pressed alone and auto-repeats raise none.
/// </summary>
public sealed class KeyboardEvent : ControlEvent<Page>
{
    internal KeyboardEvent(Page page, string key, bool shift, bool ctrl, bool alt, bool meta)
        : base(page, "keyboard_event", key)
    {
        Key = key;
        Shift = shift;
        Ctrl = ctrl;
        Alt = alt;
        Meta = meta;
    }

    /// <summary>
    /// The key as Flet names it (Flutter's key label): letters upper case ("A"), digits and symbols as typed without
    /// Shift ("1", "/"), " " for the space bar, and names for the others ("Enter", "Arrow Down", "F1", "Numpad 5").
    /// </summary>
    public string Key { get; }

    /// <summary>Whether a Shift key was held.</summary>
    public bool Shift { get; }

    /// <summary>Whether a Control key was held.</summary>
    public bool Ctrl { get; }

    /// <summary>Whether an Alt (Option) key was held.</summary>
    public bool Alt { get; }

    /// <summary>Whether a Meta key (Windows, Command) was held.</summary>
    public bool Meta { get; }
}
