using FluentValidation;

namespace ContentApi.Paging;

public sealed class PagingQueryValidator : AbstractValidator<PagingQuery>
{
    public PagingQueryValidator()
    {
        RuleFor(query => query.Page).GreaterThanOrEqualTo(1);
        RuleFor(query => query.PageSize).InclusiveBetween(1, PagingQuery.MaxPageSize);
        // Offsets past int range would overflow; no real list is that long.
        RuleFor(query => query.Page).LessThanOrEqualTo(1_000_000);
    }
}
