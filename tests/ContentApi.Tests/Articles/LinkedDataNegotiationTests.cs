using ContentApi.Articles;

namespace ContentApi.Tests.Articles;

/// <summary>When an Accept header asks for the article's JSON-LD rather than its JSON, decided on exact strings.</summary>
public sealed class LinkedDataNegotiationTests
{
    [Theory]
    [InlineData("application/ld+json", true)]
    [InlineData("APPLICATION/LD+JSON", true)]
    [InlineData("application/ld+json;q=0.1", true)]
    [InlineData("application/ld+json, application/json", true)]
    [InlineData("application/json, application/ld+json", false)]
    [InlineData("application/json;q=0.4, application/ld+json;q=0.5", true)]
    [InlineData("application/json;q=0.5, application/ld+json;q=0.5", false)]
    [InlineData("application/ld+json;q=0.5, application/json;q=0.5", true)]
    [InlineData("application/ld+json;q=0.5, application/json;q=0.6", false)]
    [InlineData("application/ld+json;q=0", false)]
    [InlineData("*/*", false)]
    [InlineData("application/*", false)]
    [InlineData("text/html", false)]
    [InlineData("", false)]
    [InlineData("not a media type", false)]
    [InlineData("application/ld+json, */*", true)]
    [InlineData("*/*;q=0.1, application/ld+json;q=0.05", false)]
    [InlineData("application/json;q=0.5, application/*;q=0.9", true)]
    [InlineData("application/*, application/json;q=0.2", true)]
    [InlineData("application/ld+json;q=0.9, application/*;q=1", false)]
    [InlineData("text/*, application/ld+json;q=0.3", true)]
    [InlineData("application/ld+json;q=0.1, application/ld+json, application/json;q=0.5", false)]
    public void JsonLdOnlyWhenNamedAndPreferred(string accept, bool expected) =>
        Assert.Equal(expected, LinkedDataNegotiation.PrefersLinkedData(accept));
}
