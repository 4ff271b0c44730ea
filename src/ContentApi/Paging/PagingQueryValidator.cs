using ContentApi.Validation;

namespace ContentApi.Paging;

public sealed class PagingQueryValidator : QueryValidator<PagingQuery>
{
    public PagingQueryValidator()
    {
        // Offsets past int range would overflow; no real list is that long.
        RuleFor(query => query.Page).Between(1, 1_000_000);
        RuleFor(query => query.PageSize).Between(1, PagingQuery.MaxPageSize);
    }
}
