namespace FletActors;

// The props every control takes (CONTROLS.md, "Props every control takes").
public abstract partial class Control
{
    /// <summary>False hides the control and its subtree. Default true.</summary>
    public bool Visible
    {
        get => GetBool("visible", true);
        set => SetBool("visible", value, true);
    }

    /// <summary>True disables the control and its subtree; a disabled control raises no events. Default false.</summary>
    public bool Disabled
    {
        get => GetBool("disabled", false);
        set => SetBool("disabled", value, false);
    }

    /// <summary>Text shown when the pointer rests on the control.</summary>
    public string? Tooltip
    {
        get => GetString("tooltip");
        set => SetString("tooltip", value);
    }

    /// <summary>Width in logical pixels; null lets the control size itself.</summary>
    public double? Width
    {
        get => GetNumber("width");
        set => SetNumber("width", value);
    }

    /// <summary>Height in logical pixels; null lets the control size itself.</summary>
    public double? Height
    {
        get => GetNumber("height");
        set => SetNumber("height", value);
    }

    /// <summary>Share of the free space along the parent Row's or Column's main axis; 0 (default) keeps its own size.</summary>
    public int Expand
    {
        get => GetInt("expand", 0);
        set => SetInt("expand", value, 0);
    }

    /// <summary>Background color.</summary>
    public Color? BgColor
    {
        get => GetValue<Color>("bgcolor");
        set => SetValue("bgcolor", value);
    }

    /// <summary>Opacity from 0 (transparent) to 1 (default, opaque).</summary>
    public double Opacity
    {
        get => GetNumber("opacity", 1);
        set => SetNumber("opacity", value, 1);
    }

    /// <summary>Distance from the left edge of the enclosing <see cref="Stack"/>.</summary>
    public double? Left
    {
        get => GetNumber("left");
        set => SetNumber("left", value);
    }

    /// <summary>Distance from the top edge of the enclosing <see cref="Stack"/>.</summary>
    public double? Top
    {
        get => GetNumber("top");
        set => SetNumber("top", value);
    }

    /// <summary>Distance from the right edge of the enclosing <see cref="Stack"/>.</summary>
    public double? Right
    {
        get => GetNumber("right");
        set => SetNumber("right", value);
    }

    /// <summary>Distance from the bottom edge of the enclosing <see cref="Stack"/>.</summary>
    public double? Bottom
    {
        get => GetNumber("bottom");
        set => SetNumber("bottom", value);
    }
}
