using ContentApi.Search;

namespace ContentApi.Tests.Search;

/// <summary>The PostgreSQL query text made from a search's terms: quoted lexemes only, never operators from the user.</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void TermsBecomeQuotedLexemesAndedWithTheLastAPrefix() =>
        Assert.Equal("'restless' & 'leg':*", SearchTerms.ToTsQuery(SearchTerms.Parse("restless leg")));

    [Fact]
    public void ALastTermShorterThanThreeCharactersIsNoPrefix() =>
        Assert.Equal("'magnesium' & 'b1'", SearchTerms.ToTsQuery(SearchTerms.Parse("magnesium b1")));

    [Fact]
    public void OperatorsInTheTextNeverReachTheQuery() =>
        Assert.Equal("'sle' & 'magnesium':*", SearchTerms.ToTsQuery(SearchTerms.Parse("!(sle:* | \\'magnesium')&")));

    [Fact]
    public void QuotesAndBackslashesInATermAreEscaped() =>
        Assert.Equal(@"'it''s' & 'a\\b':*", SearchTerms.ToTsQuery(["it's", @"a\b"]));
}
