using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FletActors.UI.Tests.Api;

/// <summary>
/// Compiles app snippets against FletActors.UI with Roslyn: the typed API turns a misspelled value, a string where a
/// typed value belongs and a handler of the wrong event type into compile errors.
/// </summary>
public class MisuseCompileTests
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Control).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    [Fact]
    public void TypedUse_Compiles()
    {
        var errors = Errors("""
            var field = new TextField { KeyboardType = KeyboardType.Email, TextAlign = TextAlign.Right };
            field.OnChange = e => { string? now = e.Control.Value; string value = e.Value; };
            var slider = new Slider { OnChange = e => { double value = e.Value + e.Control.Max; } };
            var row = new Row(field, slider) { Alignment = MainAxisAlignment.SpaceBetween, VerticalAlignment = CrossAxisAlignment.Center };
            var box = new Container(row) { Padding = Padding.All(8), Alignment = Alignment.Center, BgColor = Colors.WithOpacity(0.5, Colors.Blue400) };
            var button = new IconButton(Icons.Add) { OnClick = e => e.Control.Selected = !e.Control.Selected };
            """);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("new Text(\"x\") { Weight = \"bold\" };", "CS0029")]
    [InlineData("new Row { Alignment = \"space_between\" };", "CS0029")]
    [InlineData("new Container { BgColor = \"red\" };", "CS0029")]
    [InlineData("new FloatingActionButton { Icon = \"add\" };", "CS0029")]
    [InlineData("new IconButton(\"add\");", "CS1503")]
    [InlineData("new TextField { KeyboardType = \"email\" };", "CS0029")]
    public void StringWhereATypedValueBelongs_DoesNotCompile(string snippet, string expected) =>
        Assert.Contains(expected, Errors($"_ = {snippet}"));

    [Theory]
    [InlineData("new Row { Alignment = MainAxisAlignment.SpaceBetwen };")]
    [InlineData("new Text { Color = Colors.Bleu };")]
    [InlineData("new Icon(Icons.Ad);")]
    public void MisspelledValue_DoesNotCompile(string snippet) =>
        Assert.Contains("CS0117", Errors($"_ = {snippet}"));

    [Fact]
    public void HandlerOfAnotherControlsEventType_DoesNotCompile()
    {
        var errors = Errors("""
            Action<ChangeEvent<Slider, double>> onSlider = e => { };
            new TextField().OnChange = onSlider;
            """);

        // CS0266 rather than CS0029: C# knows an explicit conversion between the two Action types (variance), but
        // no implicit one, so the assignment does not compile.
        Assert.Contains("CS0266", errors);
    }

    [Fact]
    public void HandlerWithAWronglyTypedParameter_DoesNotCompile()
    {
        var errors = Errors("new Checkbox().OnChange = (ChangeEvent<Checkbox, string> e) => { };");

        Assert.Contains("CS1661", errors);
    }

    [Fact]
    public void HandlerUsingAValueOfTheWrongType_DoesNotCompile()
    {
        var errors = Errors("new Checkbox().OnChange = e => { string text = e.Value; };");

        Assert.Contains("CS0029", errors);
    }

    private static List<string> Errors(string statements)
    {
        var source = $$"""
            using System;
            using FletActors;

            public static class Snippet
            {
                public static void Run()
                {
                    {{statements}}
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(source)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .ToList();
    }
}
