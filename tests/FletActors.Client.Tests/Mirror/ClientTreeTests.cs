using FletActors.Protocol.V1;
using static FletActors.Client.Tests.Support.Patches;

namespace FletActors.Client.Tests.Mirror;

public sealed class ClientTreeTests
{
    private static ClientTree Sample()
    {
        var tree = new ClientTree();
        var button = Node(5, "elevatedbutton", "controls");
        button.Props.Add(new Prop { Name = "text", Value = Str("Go") });
        var keyed = Text(6, "keyed");
        keyed.Key = "k6";
        PatchApplier.Apply(tree, PageWith(1, 1, Text(3, "Hello!"), Node(4, "row", "controls", button, keyed)));
        PatchApplier.Apply(tree, Batch(1, 2, Set(4, "spacing", new PropValue { NumberValue = 8 }), Set(4, "expand", new PropValue { IntValue = 2 })));
        return tree;
    }

    [Fact]
    public void NewTree_BeforeAnyBatch_IsAnEmptyPageAtEpochZero()
    {
        // Act
        var tree = new ClientTree();

        // Assert
        Assert.Equal(("page", 1UL, 1, 0UL, 0UL), (tree.Root.Type, tree.Root.Id, tree.Count, tree.Epoch, tree.LastAppliedSeq));
        Assert.Equal("page#1\n", tree.Dump());
    }

    [Fact]
    public void Queries_SampleTree_FindByTextTypeKeyAndProp()
    {
        // Arrange
        var tree = Sample();

        // Act + Assert
        Assert.Equal(3UL, tree.FindByText("Hello!")!.Id);
        Assert.Equal(5UL, tree.FindByText("Go")!.Id);
        Assert.Equal(6UL, tree.FindByKey("k6")!.Id);
        Assert.Equal([3UL, 6UL], tree.FindAllByType("text").Select(c => c.Id));
        Assert.Equal(4UL, tree.FindByProp("expand", new PropValue { IntValue = 2 })!.Id);
        Assert.Null(tree.FindByProp("expand", new PropValue { NumberValue = 2 }));
        Assert.Null(tree.FindByText("missing"));
    }

    [Fact]
    public void Descendants_SampleTree_AreInDocumentOrder()
    {
        // Act
        var ids = Sample().Root.Descendants().Select(c => c.Id);

        // Assert
        Assert.Equal([2UL, 3UL, 4UL, 5UL, 6UL], ids);
    }

    [Fact]
    public void TypedGetters_WrongKind_ReturnNull()
    {
        // Arrange
        var row = Sample().Get(4);

        // Act + Assert
        Assert.Equal(8.0, row.GetNumber("spacing"));
        Assert.Null(row.GetInt("spacing"));
        Assert.Equal(2L, row.GetInt("expand"));
        Assert.Null(row.GetBool("expand"));
        Assert.Null(row.GetString("absent"));
    }

    [Fact]
    public void GetNumberList_SidesSetThenUniform_FollowsTheKind()
    {
        // Arrange
        var tree = Sample();
        var sides = new PropValue { NumberList = new NumberList { Values = { 40, 0, 0, 0 } } };

        // Act
        PatchApplier.Apply(tree, Batch(1, 3, Set(4, "padding", sides)));
        var asList = tree.Get(4).GetNumberList("padding");
        PatchApplier.Apply(tree, Batch(1, 4, Set(4, "padding", new PropValue { NumberValue = 40 })));

        // Assert
        Assert.Equal([40.0, 0, 0, 0], asList);
        Assert.Null(tree.Get(4).GetNumberList("padding"));
        Assert.Equal(40.0, tree.Get(4).GetNumber("padding"));
        Assert.Null(tree.Get(4).GetNumberList("spacing"));
    }

    [Fact]
    public void Dump_SampleTree_IsStableText()
    {
        // Act
        var dump = Sample().Dump();

        // Assert
        Assert.Equal(
            "page#1\n" +
            "  views:\n" +
            "    view#2\n" +
            "      controls:\n" +
            "        text#3 value=\"Hello!\"\n" +
            "        row#4 expand=2 spacing=8.0\n" +
            "          controls:\n" +
            "            elevatedbutton#5 text=\"Go\"\n" +
            "            text#6 key(\"k6\") value=\"keyed\"\n",
            dump);
    }

    [Theory]
    [InlineData("a\"b\\c\n", "\"a\\\"b\\\\c\\n\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    public void FormatValue_StringsWithSpecialCharacters_AreEscaped(string value, string expected) =>
        Assert.Equal(expected, ClientTree.FormatValue(Str(value)));

    [Fact]
    public void FormatValue_EveryKind_IsDistinguishable()
    {
        // Act
        var formatted = new[]
        {
            ClientTree.FormatValue(new PropValue { NumberValue = 1 }),
            ClientTree.FormatValue(new PropValue { IntValue = 1 }),
            ClientTree.FormatValue(new PropValue { BoolValue = true }),
            ClientTree.FormatValue(new PropValue { StringList = new StringList { Values = { "a", "b" } } }),
            ClientTree.FormatValue(new PropValue { NumberValue = 1e21 }),
            ClientTree.FormatValue(new PropValue { NumberList = new NumberList { Values = { 10, 0, 2.5, 0 } } }),
            ClientTree.FormatValue(new PropValue { NumberList = new NumberList() }),
            ClientTree.FormatValue(new PropValue { StringList = new StringList() }),
        };

        // Assert
        Assert.Equal(["1.0", "1", "true", "[\"a\", \"b\"]", "1E+21", "[10.0, 0.0, 2.5, 0.0]", "[]", "[]"], formatted);
    }

    [Fact]
    public void Get_UnknownId_ThrowsNamingTheId()
    {
        // Act
        var error = Assert.Throws<KeyNotFoundException>(() => Sample().Get(99));

        // Assert
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }
}
