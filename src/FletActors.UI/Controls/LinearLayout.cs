namespace FletActors;

/// <summary>What <see cref="Column"/> and <see cref="Row"/> share: controls laid out along one axis.</summary>
public abstract class LinearLayout : Control
{
    /// <summary>Creates the layout holding <paramref name="controls"/>.</summary>
    protected LinearLayout(Control[] controls)
    {
        var controlsSlot = AddSlot("controls", single: false);
        Controls = new ControlList<Control>(controlsSlot);
        Controls.AddRange(controls);
    }

    /// <summary>Space between controls in logical pixels (default 10).</summary>
    public double Spacing
    {
        get => GetNumber("spacing", 10);
        set => SetNumber("spacing", value, 10);
    }

    /// <summary>How the controls and the free space between them line up along the main axis.</summary>
    public MainAxisAlignment? Alignment
    {
        get => GetEnum<MainAxisAlignment>("alignment");
        set => SetEnum("alignment", value);
    }

    /// <summary>How the layout scrolls when its controls overflow; null does not scroll.</summary>
    public ScrollMode? Scroll
    {
        get => GetEnum<ScrollMode>("scroll");
        set => SetEnum("scroll", value);
    }

    /// <summary>Wraps the controls onto more lines when they do not fit.</summary>
    public bool Wrap
    {
        get => GetBool("wrap", false);
        set => SetBool("wrap", value, false);
    }

    /// <summary>The controls, in layout order.</summary>
    public ControlList<Control> Controls { get; }
}
