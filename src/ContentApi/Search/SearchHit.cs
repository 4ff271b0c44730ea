using ContentApi.Links;
namespace ContentApi.Search;

/// <summary>One search result.</summary>
/// <param name="Type"><c>article</c>, <c>section</c>, <c>food</c>, <c>interaction</c>, <c>side-effect</c> or <c>remedy</c>.</param>
/// <param name="Id">The resource's id (for sections, the section's internal id).</param>
/// <param name="Title">Title, heading or name.</param>
/// <param name="Snippet">A short extract, HTML-escaped, with each match wrapped in &lt;mark&gt;…&lt;/mark&gt;.</param>
/// <param name="Href">The resource's API address.</param>
/// <param name="ArticleSlug">For articles and sections: the article's slug.</param>
/// <param name="Anchor">For sections: the anchor key within the article.</param>
/// <param name="Score">Relevance, higher is better (BM25 on SQLite, ts_rank_cd on PostgreSQL; title and heading matches weigh ten times body matches). Scores compare hits of one search, not of two engines. Hits past the ranked matches of a very broad query on SQLite (see the search operation) follow in index order, so their scores need not descend.</param>
public sealed record SearchHit([property: SearchHitTypeValues] string Type, int Id, string Title, string Snippet, [property: AbsoluteUrl] string Href, string? ArticleSlug, string? Anchor, double Score);
