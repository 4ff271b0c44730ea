using ContentApi.Caching;
using Microsoft.AspNetCore.Http;

namespace ContentApi.Tests.Caching;

/// <summary>
/// The cache key, unit-tested on exact strings: the HTTP tests show which URLs share an entry, these pin the form that
/// paging links are built from too.
/// </summary>
public sealed class RepresentationKeyTests
{
    private static readonly string[] Names = ["nutrient", "page", "pageSize", "q"];

    [Theory]
    [InlineData("", "/api/foods")]
    [InlineData("?", "/api/foods")]
    [InlineData("?junk=1&utm_source=mail", "/api/foods")]
    [InlineData("?pageSize=5", "/api/foods?pageSize=5")]
    [InlineData("?pageSize=5&page=2", "/api/foods?page=2&pageSize=5")]
    [InlineData("?PAGESIZE=5&Page=2&junk=x", "/api/foods?page=2&pageSize=5")]
    [InlineData("?q=a&q=b", "/api/foods?q=a&q=b")]
    [InlineData("?q=b&q=a", "/api/foods?q=b&q=a")]
    [InlineData("?q=", "/api/foods?q=")]
    [InlineData("?q=a%26b%3Dc", "/api/foods?q=a%26b%3Dc")]
    [InlineData("?q=caf%C3%A9+au+lait", "/api/foods?q=caf%C3%A9%20au%20lait")]
    [InlineData("?nutrient=magnesium&q=x&page=1", "/api/foods?nutrient=magnesium&page=1&q=x")]
    public void TheKeyIsThePathAndTheBoundParametersInNameOrder(string query, string expected) =>
        Assert.Equal(expected, RepresentationKey.For(Request("/api/foods", query), Names, linkBase: ""));

    [Fact]
    public void AnEndpointThatBindsNoParametersKeysOnItsPathAlone() =>
        Assert.Equal("/api/foods/1", RepresentationKey.For(Request("/api/foods/1", "?page=2"), [], linkBase: ""));

    [Fact]
    public void TheLinkBaseLeadsTheKeySoEachOriginHasItsOwnLinks() =>
        Assert.Equal("https://api.example.org/v/api/foods?page=2", RepresentationKey.For(Request("/api/foods", "?page=2"), Names, "https://api.example.org/v"));

    [Fact]
    public void TheCanonicalQueryUsesTheEndpointsSpellingAndKeepsRepeats()
    {
        var pairs = RepresentationKey.CanonicalQuery(Request("/api/foods", "?Q=b&PAGE=3&q=a&junk=1").Query, Names).ToList();

        Assert.Equal(
            [new("page", "3"), new KeyValuePair<string, string?>("q", "b"), new KeyValuePair<string, string?>("q", "a")],
            pairs);
    }

    private static HttpRequest Request(string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return context.Request;
    }
}
