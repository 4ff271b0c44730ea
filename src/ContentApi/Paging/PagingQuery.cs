using System.ComponentModel;
using ContentApi.Validation;

namespace ContentApi.Paging;

/// <summary>The page a list request asks for. Bound from the query string of every list endpoint.</summary>
public sealed class PagingQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    [Description("1-based page number. Default 1.")]
    [DefaultValue(1)]
    public QueryNumber<int>? Page { get; init; }

    [Description("Items per page, 1 to 100. Default 20.")]
    [DefaultValue(DefaultPageSize)]
    public QueryNumber<int>? PageSize { get; init; }

    public int PageNumber => Page?.Value ?? 1;

    public int Size => PageSize?.Value ?? DefaultPageSize;

    public int Offset => (PageNumber - 1) * Size;
}
