using ContentApi.Caching;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Tests.Caching;

/// <summary>Accept-Encoding negotiation (RFC 9110 §12.5.3), unit-tested over every shape of q-value.</summary>
public sealed class ContentEncodingNegotiationTests
{
    [Theory]
    [InlineData("br", ContentCoding.Brotli)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("gzip, deflate, br", ContentCoding.Brotli)]
    [InlineData("BR", ContentCoding.Brotli)]
    [InlineData("GZip", ContentCoding.Gzip)]
    [InlineData("br;q=0.5, gzip", ContentCoding.Gzip)]
    [InlineData("br;q=0.5, gzip;q=0.5", ContentCoding.Brotli)]
    [InlineData("br;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("br;q=0, *", ContentCoding.Gzip)]
    [InlineData("gzip;q=0, *", ContentCoding.Brotli)]
    [InlineData("br;q=0.5, gzip;q=0, *;q=1", ContentCoding.Brotli)]
    [InlineData("br;q=0.5, *;q=1", ContentCoding.Gzip)]
    [InlineData("gzip;q=0.5, *;q=1", ContentCoding.Brotli)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0.1", ContentCoding.Brotli)]
    [InlineData("br;x=0.5, gzip;q=0.8", ContentCoding.Brotli)]
    [InlineData("br;q, gzip;q=0.8", ContentCoding.Brotli)]
    [InlineData("br;q=, gzip;q=0.8", ContentCoding.Brotli)]
    [InlineData("br;q=abc, gzip;q=0.8", ContentCoding.Brotli)]
    [InlineData("br; q=0.2 , gzip ;q=0.3", ContentCoding.Gzip)]
    [InlineData("br;Q=0.2, gzip;q=0.3", ContentCoding.Gzip)]
    [InlineData("br;q=7, gzip;q=0.9", ContentCoding.Brotli)]
    [InlineData("gzip;q=0.9, br;q=-1", ContentCoding.Brotli)] // an unreadable weight counts as 1, like a missing one
    [InlineData("br;q=NaN, gzip;q=0", ContentCoding.Brotli)]
    [InlineData("*;q=NaN", ContentCoding.Brotli)]
    [InlineData("x-gzip", ContentCoding.Gzip)]
    [InlineData("X-GZIP;q=0.9, br;q=0.5", ContentCoding.Gzip)]
    [InlineData("br;level=5;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("br;level=5, gzip;q=0.9", ContentCoding.Brotli)]
    public void ThePreferredAcceptableCodingIsChosen(string acceptEncoding, ContentCoding expected) =>
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
        Assert.Equal(ContentCoding.Identity, ContentEncodingNegotiator.Choose(new StringValues(acceptEncoding)));

    [Fact]
    public void CodingsSpreadOverSeveralLinesCount() =>
        Assert.Equal(ContentCoding.Gzip, ContentEncodingNegotiator.Choose(new StringValues(["br;q=0", "gzip"])));
}
