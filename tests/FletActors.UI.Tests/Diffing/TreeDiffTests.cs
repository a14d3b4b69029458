using FletActors.UI.Patching;
using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Diffing;

public class TreeDiffTests
{
    [Fact]
    public void FirstFlush_NewPage_AddsFirstViewWithItsControls()
    {
        var session = new MirroredSession();

        var ops = session.Turn(() => session.Page.Add(new Text("a"), new Text("b")));

        var add = Assert.IsType<AddControl>(Assert.Single(ops));
        Assert.Equal((PatchBatch.PageId, "views", 0), (add.ParentId, add.Slot, add.Index));
        Assert.Equal("view", add.Node.Type);
        Assert.Equal(["a", "b"], add.Node.Children.Select(c => c.Props.Single(p => p.Name == "value").Value!.StringValue));
        Assert.All(add.Node.Children, c => Assert.Equal("controls", c.Slot));
    }

    [Fact]
    public void SetProp_OneChangedPropInBigTree_EmitsOneSetPropsWithOneProp()
    {
        var session = new MirroredSession();
        var texts = Enumerable.Range(0, 50).Select(i => new Text($"t{i}")).ToArray();
        session.Turn(() => session.Page.Add(new Column(texts), new Row(new Text("x"))));

        var ops = session.Turn(() => texts[17].Value = "changed");

        var set = Assert.IsType<SetProps>(Assert.Single(ops));
        Assert.Equal(texts[17].Id, set.ControlId);
        Assert.Equal(new Prop("value", PropValue.String("changed")), Assert.Single(set.Props));
    }

    [Fact]
    public void SetProp_BackToDefault_SendsReset()
    {
        var session = new MirroredSession();
        var text = new Text("a") { Size = 20 };
        session.Turn(() => session.Page.Add(text));

        var ops = session.Turn(() => text.Size = null);

        var set = Assert.IsType<SetProps>(Assert.Single(ops));
        Assert.Equal(new Prop("size", null), Assert.Single(set.Props));
    }

    [Fact]
    public void SetProp_ChangedAndChangedBackInOneTurn_SendsNothing()
    {
        var session = new MirroredSession();
        var text = new Text("a");
        session.Turn(() => session.Page.Add(text));

        var ops = session.Turn(() =>
        {
            text.Value = "b";
            text.Value = "a";
        });

        Assert.Empty(ops);
    }

    [Fact]
    public void SetProp_OneSideOfAPaddingChanged_SendsTheWholeList()
    {
        var session = new MirroredSession();
        var box = new Container(new Text("x")) { Padding = Padding.Only(left: 10), BorderRadius = 4 };
        session.Turn(() => session.Page.Add(box));

        var ops = session.Turn(() => box.Padding = Padding.Only(left: 10, top: 1));

        var set = Assert.IsType<SetProps>(Assert.Single(ops));
        Assert.Equal(box.Id, set.ControlId);
        Assert.Equal(new Prop("padding", PropValue.NumberList([10, 1, 0, 0])), Assert.Single(set.Props));
    }

    [Fact]
    public void SetProp_SidesBecomeEqualOrTheSameAgain_SendsOneNumberOrNothing()
    {
        var session = new MirroredSession();
        var box = new Container { BorderRadius = BorderRadius.Only(topLeft: 8) };
        session.Turn(() => session.Page.Add(box));

        var same = session.Turn(() => box.BorderRadius = BorderRadius.Only(topLeft: 8, topRight: 0));
        var uniform = session.Turn(() => box.BorderRadius = BorderRadius.Only(8, 8, 8, 8));

        Assert.Empty(same);
        var set = Assert.IsType<SetProps>(Assert.Single(uniform));
        Assert.Equal(new Prop("border_radius", PropValue.Number(8)), Assert.Single(set.Props));
    }

    [Fact]
    public void Remove_Child_EmitsOneRemove()
    {
        var session = new MirroredSession();
        var (a, b, c) = (new Text("a"), new Text("b"), new Text("c"));
        session.Turn(() => session.Page.Add(a, b, c));

        var ops = session.Turn(() => session.Page.Remove(b));

        Assert.Equal(new RemoveControl(b.Id), Assert.Single(ops));
    }

    [Fact]
    public void Insert_InTheMiddle_EmitsOneAddAtIndex()
    {
        var session = new MirroredSession();
        var column = new Column(new Text("a"), new Text("c"));
        session.Turn(() => session.Page.Add(column));

        var ops = session.Turn(() => column.Controls.Insert(1, new Text("b")));

        var add = Assert.IsType<AddControl>(Assert.Single(ops));
        Assert.Equal((column.Id, "controls", 1), (add.ParentId, add.Slot, add.Index));
    }

    [Fact]
    public void Move_LastToFirst_EmitsOneMove()
    {
        var session = new MirroredSession();
        var texts = Enumerable.Range(0, 5).Select(i => new Text($"t{i}")).ToArray();
        var column = new Column(texts);
        session.Turn(() => session.Page.Add(column));

        var ops = session.Turn(() => column.Controls.Insert(0, texts[4]));

        Assert.Equal(new MoveControl(texts[4].Id, column.Id, "controls", 0), Assert.Single(ops));
    }

    [Fact]
    public void Move_AcrossParents_EmitsOneMoveAndKeepsId()
    {
        var session = new MirroredSession();
        var moving = new Text("m");
        var (left, right) = (new Column(new Text("l"), moving), new Column(new Text("r")));
        session.Turn(() => session.Page.Add(left, right));
        var id = moving.Id;

        var ops = session.Turn(() => right.Controls.Insert(0, moving));

        Assert.Equal(new MoveControl(id, right.Id, "controls", 0), Assert.Single(ops));
        Assert.Equal(id, moving.Id);
    }

    [Fact]
    public void Move_IntoNewContainer_AddsContainerThenMovesChildIn()
    {
        var session = new MirroredSession();
        var existing = new Text("e");
        session.Turn(() => session.Page.Add(existing));
        var id = existing.Id;

        var ops = session.Turn(() => session.Page.Add(new Container(existing)));

        Assert.Collection(
            ops,
            op => Assert.Empty(Assert.IsType<AddControl>(op).Node.Children),
            op => Assert.Equal(id, Assert.IsType<MoveControl>(op).ControlId));
    }

    [Fact]
    public void Move_OutOfRemovedContainer_ReaddsUnderSameId()
    {
        var session = new MirroredSession();
        var survivor = new Text("s");
        var box = new Container(survivor);
        session.Turn(() => session.Page.Add(box));
        var id = survivor.Id;

        session.Turn(() =>
        {
            session.Page.Remove(box);
            session.Page.Add(survivor);
        });

        Assert.Equal(id, survivor.Id);
    }

    [Fact]
    public void Swap_ParentAndChild_MirrorEqualsPage()
    {
        var session = new MirroredSession();
        var inner = new Column(new Text("i"));
        var outer = new Column(inner);
        session.Turn(() => session.Page.Add(outer));

        session.Turn(() =>
        {
            session.Page.Remove(outer);
            outer.Controls.Clear();
            inner.Controls.Add(outer);
            session.Page.Add(inner);
        });

        Assert.Same(outer, inner.Controls[1]);
    }

    [Fact]
    public void KeyedRebuild_NewObjectsSameKeys_NoAddOrRemoveOnlyChangedProps()
    {
        var session = new MirroredSession();
        var column = new Column(new Text("one") { Key = "1" }, new Text("two") { Key = "2" }, new Text("three") { Key = "3" });
        session.Turn(() => session.Page.Add(column));
        var ids = column.Controls.Select(c => c.Id).ToArray();

        var ops = session.Turn(() =>
        {
            column.Controls.Clear();
            column.Controls.AddRange([new Text("three") { Key = "3" }, new Text("one") { Key = "1" }, new Text("TWO") { Key = "2" }]);
        });

        Assert.DoesNotContain(ops, op => op is AddControl or RemoveControl);
        Assert.Single(ops.OfType<MoveControl>());
        var set = Assert.Single(ops.OfType<SetProps>());
        Assert.Equal(ids[1], set.ControlId);
        Assert.Equal([ids[2], ids[0], ids[1]], column.Controls.Select(c => c.Id));
    }

    [Fact]
    public void Ids_RemovedControls_NeverReused()
    {
        var session = new MirroredSession();
        var first = new Text("a");
        session.Turn(() => session.Page.Add(first));
        var firstId = first.Id;
        session.Turn(() => session.Page.Remove(first));

        var second = new Text("b");
        session.Turn(() => session.Page.Add(second));

        Assert.True(second.Id > firstId);
        Assert.NotEqual(PatchBatch.PageId, second.Id);
    }

    [Fact]
    public void WriteBack_Value_NotEchoedInNextBatch()
    {
        var session = new MirroredSession();
        var field = new TextField();
        session.Turn(() => session.Page.Add(field));

        session.Host.Turn(() => session.Page.ApplyWriteBack(field.Id, "value", PropValue.String("typed")));
        session.Mirror[field.Id].Props["value"] = PropValue.String("typed");

        Assert.Empty(session.Deliver());
        Assert.Equal("typed", field.Value);
    }
}
