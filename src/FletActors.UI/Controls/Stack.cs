using System.Diagnostics.CodeAnalysis;
using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>Places its controls on top of each other; position them with Left/Top/Right/Bottom.</summary>
[SuppressMessage(
    "Naming",
    "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The control catalogue and Flet call this control Stack; it is a layout, not a collection.")]
public class Stack : Control
{
    private readonly ChildSlot controlsSlot;

    /// <summary>Creates a stack holding <paramref name="controls"/>.</summary>
    public Stack(params Control[] controls)
    {
        controlsSlot = AddSlot("controls", single: false);
        Controls = new ControlList<Control>(controlsSlot);
        Controls.AddRange(controls);
    }

    /// <summary>The controls, bottom-most first.</summary>
    public ControlList<Control> Controls { get; }

    internal override string ControlType => "stack";
}
