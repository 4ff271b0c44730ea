using ContentApi.Sql;

namespace ContentApi.Paging;

/// <summary>One page of a list, with the totals a pager needs. Navigation links are in the <c>Link</c> header.</summary>
/// <param name="Items">The items on this page, in the requested order.</param>
/// <param name="Page">This page's 1-based number.</param>
/// <param name="PageSize">The requested page size.</param>
/// <param name="TotalItems">How many items match the filters across all pages.</param>
/// <param name="TotalPages">How many pages there are at this page size.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages);

internal static class PagedResponse
{
    public static PagedResponse<TItem> Create<TRow, TItem>(ListPage<TRow> page, PagingQuery paging, Func<TRow, TItem> toItem) =>
        Create(page, paging, page.Rows.Select(toItem).ToList());

    public static PagedResponse<TItem> Create<TRow, TItem>(ListPage<TRow> page, PagingQuery paging, IReadOnlyList<TItem> items) =>
        new(items, paging.PageNumber, paging.Size, page.Total, (int)Math.Ceiling(page.Total / (double)paging.Size));
}
