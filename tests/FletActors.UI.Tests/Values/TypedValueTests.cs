using System.Reflection;
using System.Text.RegularExpressions;
using FletActors.UI.Patching;
using FletActors.UI.Tests.Hosting;

namespace FletActors.UI.Tests.Values;

public partial class TypedValueTests
{
    public static TheoryData<Type, string[]> EnumWireNames() => new()
    {
        { typeof(MainAxisAlignment), ["start", "center", "end", "spaceBetween", "spaceAround", "spaceEvenly"] },
        { typeof(CrossAxisAlignment), ["start", "center", "end", "stretch"] },
        { typeof(FontWeight), ["normal", "bold", "w100", "w200", "w300", "w400", "w500", "w600", "w700", "w800", "w900"] },
        { typeof(TextAlign), ["left", "center", "right", "justify"] },
        { typeof(ImageFit), ["contain", "cover", "fill", "none", "scaleDown"] },
        { typeof(ScrollMode), ["auto", "always", "hidden"] },
        { typeof(KeyboardType), ["text", "number", "email", "phone", "url"] },
        { typeof(ThemeMode), ["system", "light", "dark"] },
        { typeof(InputBorder), ["outline", "underline", "none"] },
    };

    [Theory]
    [MemberData(nameof(EnumWireNames))]
    public void Enum_EveryMember_HasTheCatalogueWireName(Type enumType, string[] expected)
    {
        var names = typeof(TypedValueTests).GetMethod(nameof(WireNamesOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType).Invoke(null, null);

        Assert.Equal(expected, (string[])names!);
    }

    [Fact]
    public void TypedProps_SetOnControls_SendExactlyTheCatalogueStrings()
    {
        var session = new MirroredSession();
        var text = new Text("t") { Weight = FontWeight.W600, TextAlign = TextAlign.Justify, Color = Colors.DeepPurpleAccent200 };
        var row = new Row(text) { Alignment = MainAxisAlignment.SpaceEvenly, VerticalAlignment = CrossAxisAlignment.Stretch, Scroll = ScrollMode.Hidden };
        var box = new Container(row) { Alignment = Alignment.BottomRight, Padding = Padding.Symmetric(4, 4), BorderRadius = 6, BgColor = Colors.WithOpacity(0.25, Colors.Primary) };
        var field = new TextField { KeyboardType = KeyboardType.Email, Border = InputBorder.Underline };
        var image = new Image("a.png") { Fit = ImageFit.ScaleDown };
        var button = new IconButton(Icons.FavoriteBorder) { SelectedIcon = Icons.Favorite, IconColor = Color.FromHex("#1E88E5") };

        session.Turn(() =>
        {
            session.Page.ThemeMode = ThemeMode.Dark;
            session.Page.Add(box, field, image, button);
        });

        Assert.Equal(
            [
                ("weight", PropValue.String("w600")), ("text_align", PropValue.String("justify")), ("color", PropValue.String("deeppurpleaccent200")),
                ("alignment", PropValue.String("spaceEvenly")), ("vertical_alignment", PropValue.String("stretch")), ("scroll", PropValue.String("hidden")),
                ("alignment", PropValue.String("bottom_right")), ("padding", PropValue.Number(4)), ("border_radius", PropValue.Number(6)), ("bgcolor", PropValue.String("primary,0.25")),
                ("keyboard_type", PropValue.String("email")), ("border", PropValue.String("underline")),
                ("fit", PropValue.String("scaleDown")),
                ("icon", PropValue.String("favorite_border")), ("selected_icon", PropValue.String("favorite")), ("icon_color", PropValue.String("#1e88e5")),
                ("theme_mode", PropValue.String("dark")),
            ],
            new Control[] { text, row, box, field, image, button, session.Page }.SelectMany(TypedProps));
    }

    [Fact]
    public void TypedProps_ReadBack_GiveTheValuesSet()
    {
        var box = new Container { Alignment = new Alignment(-1, 0), Padding = Padding.All(3), Margin = 2, BorderColor = Colors.Red400 };
        var layout = new Column { Alignment = MainAxisAlignment.SpaceAround, HorizontalAlignment = CrossAxisAlignment.End };

        Assert.Equal((Alignment.CenterLeft, Padding.All(3), Margin.All(2), Colors.Red400), (box.Alignment, box.Padding, box.Margin, box.BorderColor));
        Assert.Equal((MainAxisAlignment.SpaceAround, CrossAxisAlignment.End), (layout.Alignment, layout.HorizontalAlignment));
        Assert.Null(new Text().Weight);
    }

    [Fact]
    public void SidedValues_Uniform_TravelAsOneNumber()
    {
        var box = new Container { Padding = Padding.Symmetric(5, 5), Margin = Margin.Only(3, 3, 3, 3), BorderRadius = BorderRadius.Vertical(2, 2) };

        Assert.Equal(
            [("padding", PropValue.Number(5)), ("margin", PropValue.Number(3)), ("border_radius", PropValue.Number(2))],
            TypedProps(box).Where(p => p.Item1 is "padding" or "margin" or "border_radius"));
    }

    [Fact]
    public void SidedValues_SidesDiffer_TravelAsListsInFletsOrder()
    {
        var box = new Container
        {
            Padding = Padding.Only(left: 10),
            Margin = Margin.Symmetric(vertical: 1, horizontal: 2),
            BorderRadius = BorderRadius.Only(topLeft: 8, bottomLeft: 3),
        };

        Assert.Equal(PropValue.NumberList([10, 0, 0, 0]), box.CurrentProps().Single(p => p.Name == "padding").Value);
        Assert.Equal(PropValue.NumberList([2, 1, 2, 1]), box.CurrentProps().Single(p => p.Name == "margin").Value);
        Assert.Equal(PropValue.NumberList([8, 0, 3, 0]), box.CurrentProps().Single(p => p.Name == "border_radius").Value);
    }

    public static TheoryData<Padding> Paddings() => [Padding.All(4), Padding.Only(left: 10), Padding.Symmetric(1.5, 0), Padding.Only(1, 2, 3, 4)];

    public static TheoryData<Margin> Margins() => [Margin.All(0), Margin.Only(bottom: 7), Margin.Symmetric(horizontal: 12)];

    public static TheoryData<BorderRadius> Radii() =>
        [BorderRadius.All(6), BorderRadius.Only(topLeft: 8), BorderRadius.Horizontal(left: 4), BorderRadius.Vertical(top: 1, bottom: 2), BorderRadius.Only(1, 2, 3, 4)];

    [Theory]
    [MemberData(nameof(Paddings))]
    public void Padding_SetOnAControl_ReadsBackEqual(Padding padding)
    {
        var box = new Container { Padding = padding };
        var view = new View { Padding = padding };

        Assert.Equal((padding, padding), (box.Padding, view.Padding));
        Assert.Equal((padding.Left, padding.Top, padding.Right, padding.Bottom), (box.Padding!.Value.Left, box.Padding.Value.Top, box.Padding.Value.Right, box.Padding.Value.Bottom));
    }

    [Theory]
    [MemberData(nameof(Margins))]
    public void Margin_SetOnAControl_ReadsBackEqual(Margin margin) => Assert.Equal(margin, new Container { Margin = margin }.Margin);

    [Theory]
    [MemberData(nameof(Radii))]
    public void BorderRadius_SetOnAControl_ReadsBackEqual(BorderRadius radius)
    {
        Assert.Equal(radius, new Container { BorderRadius = radius }.BorderRadius);
        Assert.Equal(radius, new Image("a.png") { BorderRadius = radius }.BorderRadius);
    }

    [Fact]
    public void Sides_NegativeZero_SentAsZero()
    {
        var box = new Container { Padding = Padding.Only(left: -0.0, top: 2) };

        Assert.Equal(PropValue.NumberList([0, 2, 0, 0]), box.CurrentProps().Single(p => p.Name == "padding").Value);
        Assert.False(double.IsNegative(box.Padding!.Value.Left));
    }

    [Fact]
    public void Sides_NegativeOrNotFinite_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Padding.All(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BorderRadius.All(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Margin.Only(bottom: double.PositiveInfinity));
    }

    [Fact]
    public void Alignment_OffTheCataloguesNinePoints_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Alignment(0.5, 0));
        Assert.Equal("top_center", new Alignment(-0.0, -1).ToString());
    }

    [Fact]
    public void Colors_WithOpacity_WritesFletsFormAndRefusesOutOfRange()
    {
        Assert.Equal("onsurface,0.5", Colors.WithOpacity(0.5, Colors.OnSurface).Value);
        Assert.Equal("blue400,1", Colors.WithOpacity(1, Colors.Blue400).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Colors.WithOpacity(1.5, Colors.Blue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Colors.WithOpacity(double.NaN, Colors.Blue));
    }

    [Theory]
    [InlineData("1e88e5")]
    [InlineData("#1e88e")]
    [InlineData("#ggg")]
    [InlineData("red")]
    public void Color_FromHex_NotHex_Refused(string text) => Assert.Throws<FormatException>(() => Color.FromHex(text));

    [Fact]
    public void Color_FromRgb_WritesLowerCaseHex() => Assert.Equal("#0a80ff", Color.FromRgb(10, 128, 255).Value);

    [Theory]
    [InlineData("Add")]
    [InlineData("shopping cart")]
    [InlineData("_add")]
    [InlineData("")]
    public void IconName_NotLowerSnakeCase_Refused(string name) => Assert.Throws<FormatException>(() => new IconName(name));

    [Fact]
    public void Icons_CoverEveryIconTheWebClientDraws()
    {
        var drawn = IconKey().Matches(File.ReadAllText(WebClientFile("icons.ts"))).Select(m => m.Groups[1].Value).ToList();
        var named = WireValues<IconName>(typeof(Icons));

        Assert.NotEmpty(drawn);
        Assert.Empty(drawn.Except(named));
    }

    [Fact]
    public void Colors_CoverEverySchemeAndPaletteNameTheWebClientResolves()
    {
        var source = File.ReadAllText(WebClientFile("colors.ts"));
        var scheme = QuotedName().Matches(source[..source.IndexOf("].map(", StringComparison.Ordinal)])
            .Select(m => m.Groups[1].Value.Replace("-", string.Empty, StringComparison.Ordinal));
        var palettes = PaletteKey().Matches(source).Select(m => m.Groups[1].Value);
        var named = WireValues<Color>(typeof(Colors)).Select(name => name.ToLowerInvariant());

        Assert.Empty(scheme.Concat(palettes).Except(named));
    }

    [Fact]
    public void Colors_EveryWireName_IsSpeltAsFletsClientParsesIt()
    {
        // Flet's client splits a colour name into letters and a shade; an underscore makes it no colour at all.
        var named = WireValues<Color>(typeof(Colors));

        Assert.DoesNotContain(named, name => !FletColorName().IsMatch(name));
        Assert.Contains("onsurfacevariant", named);
        Assert.Contains("deeppurpleaccent200", named);
    }

    private static string[] WireNamesOf<TEnum>()
        where TEnum : struct, Enum => WireNames<TEnum>.All.Select(pair => pair.Value).ToArray();

    private static IEnumerable<(string, PropValue)> TypedProps(Control control) =>
        control.CurrentProps()
            .Where(p => p.Name is not ("value" or "src" or "route" or "spacing") && p.Value!.Kind is PropKind.String or PropKind.Number)
            .Select(p => (p.Name, p.Value!));

    private static List<string> WireValues<T>(Type table) =>
        table.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.GetValue(null)!.ToString()!).ToList();

    private static string WebClientFile(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FletActors.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("FletActors.sln not found above the test."),
            "clients", "web", "src", "render", name);
    }

    [GeneratedRegex(@"^  ([a-z_]+):", RegexOptions.Multiline)]
    private static partial Regex IconKey();

    [GeneratedRegex("\"([a-z-]+)\"")]
    private static partial Regex QuotedName();

    [GeneratedRegex("^[a-zA-Z]+[0-9]*$")]
    private static partial Regex FletColorName();

    [GeneratedRegex(@"^  ([a-z]+): ""[0-9a-f]{6}", RegexOptions.Multiline)]
    private static partial Regex PaletteKey();
}
