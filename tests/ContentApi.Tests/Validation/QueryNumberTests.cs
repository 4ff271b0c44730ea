using ContentApi.Validation;

namespace ContentApi.Tests.Validation;

/// <summary>The parsing rules of a query number, unit-tested; the HTTP behaviour is in <see cref="StrictQueryTests"/>.</summary>
public sealed class QueryNumberTests
{
    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("-0", 0.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("123456789012345", 123456789012345.0)]
    [InlineData("0.00000000000001", 0.00000000000001)]
    [InlineData(".000000000000001", 0.000000000000001)]
    public void PlainDecimalsHaveTheirValue(string text, double value)
    {
        QueryNumber<double>.TryParse(text, null, out var number);

        Assert.Equal(QueryNumberFault.None, number.Fault);
        Assert.Equal(value, number.Value);
        Assert.False(double.IsNegative(number.Value!.Value));
        Assert.Equal(text, number.ToString());
    }

    [Theory]
    [InlineData(null, QueryNumberFault.NotANumber, "")]
    [InlineData("", QueryNumberFault.NotANumber, "")]
    [InlineData("1e5", QueryNumberFault.NotANumber, "1e5")]
    [InlineData("Infinity", QueryNumberFault.NotANumber, "Infinity")]
    [InlineData("1234567890123456", QueryNumberFault.TooPrecise, "1234567890123456")]
    [InlineData("0.0000000000000001", QueryNumberFault.TooPrecise, "0.0000000000000001")]
    [InlineData(".0000000000000001", QueryNumberFault.TooPrecise, ".0000000000000001")]
    [InlineData("-.0000000000000001", QueryNumberFault.TooPrecise, "-.0000000000000001")]
    public void OtherDecimalTextHasAFaultAndKeepsItsText(string? text, QueryNumberFault fault, string kept)
    {
        Assert.True(QueryNumber<double>.TryParse(text, null, out var number));

        Assert.Equal(fault, number.Fault);
        Assert.Null(number.Value);
        Assert.Equal(kept, number.Text);
        Assert.False(number.IsWholeNumber);
    }

    [Theory]
    [InlineData("42", 42, QueryNumberFault.None)]
    [InlineData("-7", -7, QueryNumberFault.None)]
    [InlineData("2147483647", int.MaxValue, QueryNumberFault.None)]
    [InlineData("2147483648", null, QueryNumberFault.OutOfRange)]
    [InlineData("1.0", null, QueryNumberFault.NotANumber)]
    [InlineData("12345678901234567", null, QueryNumberFault.OutOfRange)]
    public void WholeNumbersTakeNoPointAndNoOverflow(string text, int? value, QueryNumberFault fault)
    {
        QueryNumber<int>.TryParse(text, null, out var number);

        Assert.Equal(value, number.Value);
        Assert.Equal(fault, number.Fault);
        Assert.True(number.IsWholeNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".5")]
    [InlineData("-")]
    public void ADecimalTooLargeForADoubleIsOutOfRangeWithOrWithoutAPoint(string tail)
    {
        var text = new string('9', 400) + tail;

        QueryNumber<double>.TryParse(text, null, out var number);

        Assert.Equal(tail == "-" ? QueryNumberFault.NotANumber : QueryNumberFault.OutOfRange, number.Fault);
    }
}
