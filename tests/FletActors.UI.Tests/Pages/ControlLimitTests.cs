using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Pages;

public class ControlLimitTests
{
    // A fresh page holds itself and its first view.
    private const int EmptyPage = 2;

    [Fact]
    public void Add_BeyondMaxControls_ThrowsNamingTheLimitAndChangesNothing()
    {
        var host = new TestHost { MaxControls = EmptyPage + 3 };
        host.Turn(() => host.Page.Add(new Text("a"), new Text("b")));
        InvalidOperationException? error = null;

        host.Turn(() => error = Assert.Throws<InvalidOperationException>(() => host.Page.Add(new Row(new Text("c"), new Text("d")))));

        Assert.Contains("FletActors:MaxControlsPerSession", error!.Message, StringComparison.Ordinal);
        Assert.Contains("hold 7", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, host.Page.Controls.Count);
    }

    [Fact]
    public void Add_AfterRemovals_CountsOnlyWhatThePageHolds()
    {
        var host = new TestHost { MaxControls = EmptyPage + 3 };
        var column = new Column(new Text("a"), new Text("b"));
        host.Turn(() => host.Page.Add(column));

        host.Turn(() =>
        {
            column.Controls.Clear();
            host.Page.Remove(column);
            host.Page.Add(new Text("c"), new Text("d"), new Text("e"));
        });

        Assert.Equal(3, host.Page.Controls.Count);
        Assert.Equal(EmptyPage + 3, host.Page.ControlCount);
    }

    [Fact]
    public void Move_WithinThePageAtTheLimit_IsAllowedAndKeepsTheCount()
    {
        var host = new TestHost { MaxControls = EmptyPage + 4 };
        var (left, right, moving) = (new Column(), new Column(), new Text("m"));
        host.Turn(() =>
        {
            left.Controls.Add(moving);
            host.Page.Add(left, right, new Text("x"));
        });

        host.Turn(() => right.Controls.Add(moving));

        Assert.Same(right, moving.Parent);
        Assert.Equal(EmptyPage + 4, host.Page.ControlCount);
    }

    [Fact]
    public void ControlCount_AfterManyEdits_EqualsTheTreeCountedAfresh()
    {
        var host = new TestHost();
        var list = new Column();
        host.Turn(() => host.Page.Add(list));

        host.Turn(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                list.Controls.Add(new Row(new Text($"{i}"), new Checkbox($"{i}")));
            }

            list.Controls.RemoveAt(3);
            list.Controls.Insert(0, list.Controls[^1]);
            host.Page.Insert(0, list.Controls[5]);
        });

        Assert.Equal(Control.CountSubtree(host.Page), host.Page.ControlCount);
    }
}
