using System.Globalization;
using System.Numerics;
using FluentValidation;

namespace ContentApi.Validation;

/// <summary>
/// Range rules for <see cref="QueryNumber{T}"/> parameters. Absent or unparsable numbers pass here: the first is
/// optional unless <c>NotNull()</c> says otherwise, the second is already reported by <see cref="QueryValidator{T}"/>.
/// </summary>
public static class QueryNumberRules
{
    public static IRuleBuilderOptions<TQuery, QueryNumber<T>?> Between<TQuery, T>(
        this IRuleBuilder<TQuery, QueryNumber<T>?> rule, T from, T to)
        where T : struct, INumber<T> =>
        rule.Must(number => number?.Value is not { } value || (value >= from && value <= to))
            .WithMessage($"'{{PropertyName}}' must be from {Format(from)} to {Format(to)}; '{{PropertyValue}}' is not.");

    public static IRuleBuilderOptions<TQuery, QueryNumber<T>?> Above<TQuery, T>(
        this IRuleBuilder<TQuery, QueryNumber<T>?> rule, T exclusiveMinimum, T to)
        where T : struct, INumber<T> =>
        rule.Must(number => number?.Value is not { } value || (value > exclusiveMinimum && value <= to))
            .WithMessage($"'{{PropertyName}}' must be above {Format(exclusiveMinimum)} and at most {Format(to)}; '{{PropertyValue}}' is not.");

    private static string Format<T>(T value) where T : struct, INumber<T> => value.ToString(null, CultureInfo.InvariantCulture);
}
