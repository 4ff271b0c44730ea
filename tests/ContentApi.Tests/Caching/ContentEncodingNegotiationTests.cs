using ContentApi.Caching;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Tests.Caching;

/// <summary>Accept-Encoding negotiation (RFC 9110 §12.5.3), unit-tested over every shape of q-value.</summary>
public sealed class ContentEncodingNegotiationTests
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("BR", "br")]
    [InlineData("GZip", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("br;q=0.5, gzip;q=0.5", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("br;q=0, *", "gzip")]
    [InlineData("gzip;q=0, *", "br")]
    [InlineData("br;q=0.5, gzip;q=0, *;q=1", "br")]
    [InlineData("br;q=0.5, *;q=1", "gzip")]
    [InlineData("gzip;q=0.5, *;q=1", "br")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.1", "br")]
    [InlineData("br;x=0.5, gzip;q=0.8", "br")]
    [InlineData("br;q, gzip;q=0.8", "br")]
    [InlineData("br;q=, gzip;q=0.8", "br")]
    [InlineData("br;q=abc, gzip;q=0.8", "br")]
    [InlineData("br; q=0.2 , gzip ;q=0.3", "gzip")]
    [InlineData("br;Q=0.2, gzip;q=0.3", "gzip")]
    [InlineData("br;q=7, gzip;q=0.9", "br")]
    [InlineData("gzip;q=0.9, br;q=-1", "br")] // an unreadable weight counts as 1, like a missing one
    public void ThePreferredAcceptableCodingIsChosen(string acceptEncoding, string expected) =>
        Assert.Equal(expected, ContentEncodingNegotiator.Choose(new StringValues(acceptEncoding)));

    [Theory]
    [InlineData("")]
    [InlineData("identity")]
    [InlineData("deflate")]
    [InlineData("br;q=0, gzip;q=0")]
    [InlineData("*;q=0")]
    [InlineData("br;q=0, gzip;q=0, *")]
    [InlineData(";q=1")]
    public void NoAcceptableCodingMeansIdentity(string acceptEncoding) =>
        Assert.Null(ContentEncodingNegotiator.Choose(new StringValues(acceptEncoding)));

    [Fact]
    public void CodingsSpreadOverSeveralLinesCount() =>
        Assert.Equal("gzip", ContentEncodingNegotiator.Choose(new StringValues(["br;q=0", "gzip"])));
}
