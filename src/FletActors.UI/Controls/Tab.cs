using FletActors.UI.Hosting;

namespace FletActors;

/// <summary>One tab of <see cref="Tabs"/>.</summary>
public class Tab : Control
{
    private readonly ChildSlot contentSlot;

    /// <summary>Creates a tab labelled <paramref name="text"/> showing <paramref name="content"/>.</summary>
    public Tab(string? text = null, Control? content = null)
    {
        contentSlot = AddSlot("content", single: true);
        Text = text;
        Content = content;
    }

    /// <summary>The label.</summary>
    public string? Text
    {
        get => GetString("text");
        set => SetString("text", value);
    }

    /// <summary>An icon shown with the label.</summary>
    public IconName? Icon
    {
        get => GetValue<IconName>("icon");
        set => SetValue("icon", value);
    }

    /// <summary>What the tab shows when selected.</summary>
    public Control? Content
    {
        get => (Control?)GetSingleChild(contentSlot);
        set => SetSingleChild(contentSlot, value);
    }

    internal override string ControlType => "tab";
}
