using FletActors.Sessions.Wire;
using FletActors.UI.Patching;
using Proto = FletActors.Protocol.V1;

namespace FletActors.Server.Tests.Wire;

public sealed class PatchEncoderTests
{
    [Fact]
    public void Encode_EveryOpKind_CarriesEveryField()
    {
        // Arrange
        var node = new ControlSnapshot(7, "column", "controls", "k", [new Prop("spacing", PropValue.Number(4))],
            [new ControlSnapshot(8, "text", "controls", null, [new Prop("value", PropValue.String("x"))], [])]);
        var batch = new PatchBatch(Reset: true,
        [
            new AddControl(2, "controls", 1, node),
            new SetProps(8, [new Prop("value", null), new Prop("max_lines", PropValue.Int(3))]),
            new MoveControl(8, 2, "controls", 0),
            new RemoveControl(7),
        ]);

        // Act
        var wire = PatchEncoder.Encode(batch, epoch: 2, seq: 5);

        // Assert
        Assert.Equal((2UL, 5UL, true), (wire.Epoch, wire.Seq, wire.Reset));
        var add = wire.Ops[0].Add;
        Assert.Equal((2UL, "controls", 1U), (add.ParentId, add.Slot, add.Index));
        Assert.Equal((7UL, "column", "controls", "k"), (add.Node.Id, add.Node.Type, add.Node.Slot, add.Node.Key));
        Assert.Equal(4, add.Node.Props[0].Value.NumberValue);
        Assert.Equal((8UL, "", "x"), (add.Node.Children[0].Id, add.Node.Children[0].Key, add.Node.Children[0].Props[0].Value.StringValue));
        var set = wire.Ops[1].Set;
        Assert.Equal(Proto.PropValue.KindOneofCase.None, set.Props[0].Value.KindCase);
        Assert.Equal(3L, set.Props[1].Value.IntValue);
        Assert.Equal((8UL, 2UL, "controls", 0U), (wire.Ops[2].Move.ControlId, wire.Ops[2].Move.ParentId, wire.Ops[2].Move.Slot, wire.Ops[2].Move.Index));
        Assert.Equal(7UL, wire.Ops[3].Remove.ControlId);
    }

    [Fact]
    public void Encode_StringListAndBool_KeepTheirKinds()
    {
        // Act
        var list = PatchEncoder.Encode(PropValue.StringList(["a", "b"]));
        var flag = PatchEncoder.Encode(PropValue.False);

        // Assert
        Assert.Equal(["a", "b"], list.StringList.Values);
        Assert.Equal(Proto.PropValue.KindOneofCase.BoolValue, flag.KindCase);
        Assert.False(flag.BoolValue);
    }

    [Fact]
    public void Encode_NumberList_KeepsEveryValueInOrder()
    {
        // Act
        var sides = PatchEncoder.Encode(PropValue.NumberList([10, 0, 0.5, 0]));
        var empty = PatchEncoder.Encode(PropValue.NumberList([]));

        // Assert
        Assert.Equal(Proto.PropValue.KindOneofCase.NumberList, sides.KindCase);
        Assert.Equal([10, 0, 0.5, 0], sides.NumberList.Values);
        Assert.Equal(Proto.PropValue.KindOneofCase.NumberList, empty.KindCase);
    }

    [Fact]
    public void Encode_ContainerWithPaddingOnlyLeft_SendsTheFourSidesAndUniformStaysANumber()
    {
        // Arrange
        var sided = new Container { Padding = Padding.Only(left: 40), BorderRadius = BorderRadius.Only(topLeft: 8) };
        var uniform = new Container { Padding = 40, BorderRadius = 8 };

        // Act
        var sidedProps = sided.CurrentProps().ToDictionary(p => p.Name, p => PatchEncoder.Encode(p.Value));
        var uniformProps = uniform.CurrentProps().ToDictionary(p => p.Name, p => PatchEncoder.Encode(p.Value));

        // Assert
        Assert.Equal([40, 0, 0, 0], sidedProps["padding"].NumberList.Values);
        Assert.Equal([8, 0, 0, 0], sidedProps["border_radius"].NumberList.Values);
        Assert.Equal((40d, 8d), (uniformProps["padding"].NumberValue, uniformProps["border_radius"].NumberValue));
    }
}
