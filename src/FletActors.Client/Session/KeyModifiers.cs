namespace FletActors.Client;

/// <summary>The modifier keys held with a key press (<see cref="SessionClient.PressKeyAsync"/>).</summary>
[Flags]
public enum KeyModifiers
{
    /// <summary>No modifier.</summary>
    None = 0,

    /// <summary>A Shift key.</summary>
    Shift = 1,

    /// <summary>A Control key.</summary>
    Ctrl = 2,

    /// <summary>An Alt (Option) key.</summary>
    Alt = 4,

    /// <summary>A Meta key (Windows, Command).</summary>
    Meta = 8,
}
