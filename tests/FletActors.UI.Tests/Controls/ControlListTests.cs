using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Controls;

public class ControlListTests
{
    [Fact]
    public void EmptyList_NeverFilled_ReadsEmptyAndRejectsIndices()
    {
        var row = new Row();

        Assert.Empty(row.Controls);
        Assert.Equal(-1, row.Controls.IndexOf(new Text("a")));
        Assert.Throws<ArgumentOutOfRangeException>(() => row.Controls[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => row.Controls.RemoveAt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => row.Controls.Insert(1, new Text("a")));
        row.Controls.Clear();
        Assert.Empty(row.Controls);
    }

    [Fact]
    public void Add_ToOneEmptyList_LeavesOtherEmptyListsEmpty()
    {
        var (first, second, button) = (new Row(), new Column(), new ElevatedButton("b"));
        var text = new Text("a");

        first.Controls.Add(text);

        Assert.Equal([text], first.Controls);
        Assert.Empty(second.Controls);
        Assert.Null(button.Content);
    }

    [Fact]
    public void Edit_DuringEnumeration_Throws()
    {
        var row = new Row(new Text("a"), new Text("b"));

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var _ in row.Controls)
            {
                row.Controls.Add(new Text("c"));
            }
        });
    }

    [Fact]
    public void Clear_DuringEnumeration_Throws()
    {
        var row = new Row(new Text("a"), new Text("b"));

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var _ in row.Controls)
            {
                row.Controls.Clear();
            }
        });
    }

    [Fact]
    public void SingleChildSlot_SetClearSet_SendsEachChange()
    {
        var session = new MirroredSession();
        var button = new ElevatedButton("b");
        session.Turn(() => session.Page.Add(button));
        var (first, second) = (new Text("first"), new Text("second"));

        session.Turn(() => button.Content = first);
        session.Turn(() => button.Content = null);
        session.Turn(() => button.Content = second);

        Assert.Same(second, button.Content);
        Assert.Null(first.Parent);
        Assert.Equal([second.Id], session.Mirror[button.Id].Children("content").Select(n => n.Id));
    }
}
