using System.Globalization;
using System.Numerics;
using FluentValidation;
using FluentValidation.Validators;

namespace ContentApi.Validation;

/// <summary>
/// Range rules for <see cref="QueryNumber{T}"/> parameters. Absent or unparsable numbers pass here: the first is
/// optional unless <c>NotNull()</c> says otherwise, the second is already reported by <see cref="QueryValidator{T}"/>.
/// The bounds are kept on the rule (<see cref="IQueryNumberRange"/>), so the OpenAPI document states the same ones.
/// </summary>
public static class QueryNumberRules
{
    public static IRuleBuilderOptions<TQuery, QueryNumber<T>?> Between<TQuery, T>(
        this IRuleBuilder<TQuery, QueryNumber<T>?> rule, T from, T to)
        where T : struct, INumber<T> =>
        rule.SetValidator(new QueryNumberRange<TQuery, T>(from, to, exclusiveMinimum: false))
            .WithMessage($"'{{PropertyName}}' must be from {Format(from)} to {Format(to)}; '{{PropertyValue}}' is not.");

    public static IRuleBuilderOptions<TQuery, QueryNumber<T>?> Above<TQuery, T>(
        this IRuleBuilder<TQuery, QueryNumber<T>?> rule, T exclusiveMinimum, T to)
        where T : struct, INumber<T> =>
        rule.SetValidator(new QueryNumberRange<TQuery, T>(exclusiveMinimum, to, exclusiveMinimum: true))
            .WithMessage($"'{{PropertyName}}' must be above {Format(exclusiveMinimum)} and at most {Format(to)}; '{{PropertyValue}}' is not.");

    private static string Format<T>(T value) where T : struct, INumber<T> => value.ToString(null, CultureInfo.InvariantCulture);
}

/// <summary>The bounds of a query number rule, as the OpenAPI document reads them.</summary>
public interface IQueryNumberRange
{
    decimal Minimum { get; }

    decimal Maximum { get; }

    bool ExclusiveMinimum { get; }
}

internal sealed class QueryNumberRange<TQuery, T>(T minimum, T maximum, bool exclusiveMinimum)
    : PropertyValidator<TQuery, QueryNumber<T>?>, IQueryNumberRange
    where T : struct, INumber<T>
{
    public override string Name => "QueryNumberRange";

    public decimal Minimum => decimal.CreateChecked(minimum);

    public decimal Maximum => decimal.CreateChecked(maximum);

    public bool ExclusiveMinimum => exclusiveMinimum;

    public override bool IsValid(ValidationContext<TQuery> context, QueryNumber<T>? number) =>
        number?.Value is not { } value || ((exclusiveMinimum ? value > minimum : value >= minimum) && value <= maximum);
}
