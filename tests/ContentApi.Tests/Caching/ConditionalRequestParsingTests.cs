using ContentApi.Caching;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Tests.Caching;

/// <summary>
/// If-None-Match list parsing, unit-tested: the in-memory test client splits a comma list into separate header values
/// before the app sees it, so one line with commas, as browsers send it, is only reachable here.
/// </summary>
public sealed class ConditionalRequestParsingTests
{
    private const string Tag = "\"v1-abc\"";

    [Theory]
    [InlineData(Tag)]
    [InlineData("W/" + Tag)]
    [InlineData("*")]
    [InlineData(" * ")]
    [InlineData("\t*\t")]
    [InlineData("\"a\", " + Tag)]
    [InlineData("\"a\"," + Tag + ",\"b\"")]
    [InlineData(Tag + ", \"b\"")]
    [InlineData(", ," + Tag + ",")]
    [InlineData("\"\", " + Tag)]
    [InlineData("\"a\" ,\t" + Tag)]
    [InlineData("W/\"a\", W/" + Tag)]
    [InlineData(Tag + ", " + Tag)]
    [InlineData(Tag + ", " + Tag + ", " + Tag)]
    public void AWellFormedListHoldingTheTagMatches(string header) =>
        Assert.True(ConditionalRequest.AnyTagMatches(new StringValues(header), Tag));

    [Theory]
    [InlineData("\"a\"")]
    [InlineData("\"a\", \"b\"")]
    [InlineData("W/\"a\"")]
    [InlineData("\"\"")]
    [InlineData(",")]
    [InlineData("")]
    [InlineData("\"v1-abc-longer\"")]
    [InlineData("\"v1-ab\"")]
    public void AWellFormedListWithoutTheTagDoesNotMatch(string header) =>
        Assert.False(ConditionalRequest.AnyTagMatches(new StringValues(header), Tag));

    [Theory]
    [InlineData("\"x\" " + Tag)]
    [InlineData(Tag + " \"x\"")]
    [InlineData(Tag + "junk")]
    [InlineData("junk, " + Tag)]
    [InlineData("*, " + Tag)]
    [InlineData(Tag + ", *")]
    [InlineData(Tag + ", W/")]
    [InlineData("W/")]
    [InlineData("\"a b\", " + Tag)]
    [InlineData("\"a\u007f\", " + Tag)]
    [InlineData("\"unterminated, " + Tag)]
    [InlineData(Tag + ", \"unterminated")]
    [InlineData("w/" + Tag)]
    public void AMalformedListMatchesNothingEvenWhenItHoldsTheTag(string header) =>
        Assert.False(ConditionalRequest.AnyTagMatches(new StringValues(header), Tag));

    [Fact]
    public void TagsOnSeveralLinesAreOneList()
    {
        Assert.True(ConditionalRequest.AnyTagMatches(new StringValues(["\"a\"", Tag]), Tag));
        Assert.True(ConditionalRequest.AnyTagMatches(new StringValues([Tag, "\"a\", \"b\""]), Tag));
        Assert.False(ConditionalRequest.AnyTagMatches(new StringValues(["\"a\"", "\"b\""]), Tag));
    }

    [Fact]
    public void OneMalformedLineSpoilsTheWholeListWhereverItStands()
    {
        Assert.False(ConditionalRequest.AnyTagMatches(new StringValues([Tag, "junk"]), Tag));
        Assert.False(ConditionalRequest.AnyTagMatches(new StringValues(["junk", Tag]), Tag));
    }

    [Fact]
    public void AStarBesideOtherLinesIsMalformed()
    {
        Assert.False(ConditionalRequest.AnyTagMatches(new StringValues(["*", Tag]), Tag));
        Assert.False(ConditionalRequest.AnyTagMatches(new StringValues([Tag, "*"]), Tag));
    }
}
