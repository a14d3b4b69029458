using FletActors.UI.Patching;

namespace FletActors.UI.Tests.Patching;

public class PropValueTests
{
    public static TheoryData<double> Doubles() =>
    [
        0.0, -0.0, 1.5, -1e308, double.Epsilon, double.MaxValue, double.PositiveInfinity, double.NegativeInfinity,
        double.NaN, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0001),
    ];

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Number_AnyDouble_ReadsBackTheSameBits(double value)
    {
        var prop = PropValue.Number(value);

        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(prop.NumberValue));
        Assert.Equal(PropValue.Number(value), prop);
        Assert.Equal(PropValue.Number(value).GetHashCode(), prop.GetHashCode());
    }

    [Fact]
    public void Number_NaNAndSignedZero_CompareByBits()
    {
        Assert.Equal(PropValue.Number(double.NaN), PropValue.Number(double.NaN));
        Assert.NotEqual(PropValue.Number(0.0), PropValue.Number(-0.0));
        Assert.NotEqual(PropValue.Number(double.NaN), PropValue.Number(BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0001)));
        Assert.Equal(PropValue.NumberList([double.NaN, 1]), PropValue.NumberList([double.NaN, 1]));
        Assert.NotEqual(PropValue.NumberList([0.0]), PropValue.NumberList([-0.0]));
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(-1L)]
    [InlineData(0L)]
    [InlineData(long.MaxValue)]
    public void Int_AnyLong_ReadsBack(long value)
    {
        Assert.Equal(value, PropValue.Int(value).IntValue);
        Assert.Equal(PropValue.Int(value), PropValue.Int(value));
    }

    [Fact]
    public void Equals_SamePayloadOfAnotherKind_IsFalse()
    {
        // The number, the int and the bool share their storage; only the kind tells them apart.
        var oneAndAHalfBits = BitConverter.DoubleToInt64Bits(1.5);
        Assert.NotEqual(PropValue.Number(1.5), PropValue.Int(oneAndAHalfBits));
        Assert.NotEqual(PropValue.Int(1), PropValue.Bool(true));
        Assert.NotEqual(PropValue.Int(0), PropValue.Bool(false));
        Assert.NotEqual(PropValue.Number(0.0), PropValue.Int(0));
        Assert.NotEqual(PropValue.String("a"), PropValue.StringList(["a"]));
        Assert.NotEqual(PropValue.StringList([]), PropValue.NumberList([]));
    }

    [Fact]
    public void Equals_Strings_AreOrdinal()
    {
        Assert.Equal(PropValue.String(new string('x', 3)), PropValue.String("xxx"));
        Assert.NotEqual(PropValue.String("a"), PropValue.String("A"));
        Assert.NotEqual(PropValue.String("\u00e9"), PropValue.String("e\u0301"));
        Assert.Equal(PropValue.StringList(["a", "b"]), PropValue.StringList(["a", "b"]));
        Assert.NotEqual(PropValue.StringList(["a", "b"]), PropValue.StringList(["b", "a"]));
        Assert.Equal(PropValue.String("xxx").GetHashCode(), PropValue.String(new string('x', 3)).GetHashCode());
    }

    [Fact]
    public void Accessor_OfAnotherKind_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PropValue.Int(1).NumberValue);
        Assert.Throws<InvalidOperationException>(() => PropValue.Number(1).IntValue);
        Assert.Throws<InvalidOperationException>(() => PropValue.Int(1).BoolValue);
        Assert.Throws<InvalidOperationException>(() => PropValue.Bool(true).IntValue);
        Assert.Throws<InvalidOperationException>(() => PropValue.String("a").StringListValue);
        Assert.Throws<InvalidOperationException>(() => PropValue.NumberList([1]).StringListValue);
        Assert.Throws<InvalidOperationException>(() => PropValue.StringList(["a"]).StringValue);
    }

    [Fact]
    public void Values_ReadBackAsBuilt()
    {
        Assert.Equal("a", PropValue.String("a").StringValue);
        Assert.True(PropValue.Bool(true).BoolValue);
        Assert.False(PropValue.Bool(false).BoolValue);
        Assert.Equal(["a", "b"], PropValue.StringList(["a", "b"]).StringListValue);
        Assert.Equal([1.5, -0.0], PropValue.NumberList([1.5, -0.0]).NumberListValue);
    }

    [Fact]
    public void ToString_EachKind_ShowsTheValue()
    {
        Assert.Equal("\"a\"", PropValue.String("a").ToString());
        Assert.Equal("-0", PropValue.Number(-0.0).ToString());
        Assert.Equal("NaN", PropValue.Number(double.NaN).ToString());
        Assert.Equal("42", PropValue.Int(42).ToString());
        Assert.Equal("true", PropValue.Bool(true).ToString());
        Assert.Equal("[\"a\", \"b\"]", PropValue.StringList(["a", "b"]).ToString());
        Assert.Equal("[1.5, 2]", PropValue.NumberList([1.5, 2]).ToString());
    }
}
