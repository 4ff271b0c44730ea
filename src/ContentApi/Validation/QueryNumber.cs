using System.Globalization;
using System.Numerics;

namespace ContentApi.Validation;

/// <summary>
/// A number exactly as the client wrote it in the query string. The framework's binder reads <c>1,5</c> as 15 (a
/// thousands separator) and a repeated <c>a=3&amp;a=4</c> as 34, and stops at the first unparsable parameter. This type
/// always binds; <see cref="Value"/> is set only for plain text (an optional sign, ASCII digits and, for fractional
/// types, one decimal point, in the invariant culture), and <see cref="QueryValidator{T}"/> reports every other text,
/// naming its parameter, in the same 400 as every other failing parameter.
/// </summary>
/// <typeparam name="T"><see cref="int"/> for whole numbers, <see cref="double"/> for decimals.</typeparam>
public sealed class QueryNumber<T> : IQueryNumber
    where T : struct, INumber<T>
{
    private static readonly NumberStyles Styles = typeof(T) == typeof(double) || typeof(T) == typeof(decimal)
        ? NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
        : NumberStyles.AllowLeadingSign;

    private QueryNumber(string text, T? value)
    {
        Text = text;
        Value = value;
    }

    /// <summary>The text as sent.</summary>
    public string Text { get; }

    /// <summary>The number, or null when <see cref="Text"/> is not a plain number of this type (or out of its range).</summary>
    public T? Value { get; }

    public bool IsValid => Value is not null;

    public bool IsWholeNumber => Styles == NumberStyles.AllowLeadingSign;

    /// <summary>The binder's entry point: never fails, so the validator sees the text.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Minimal APIs bind through a static TryParse on the parameter's own type.")]
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryNumber<T> number)
    {
        number = new QueryNumber<T>(text ?? string.Empty, Parse(text));
        return true;
    }

    public override string ToString() => Text;

    // The styles still let .NET read "Infinity" and "NaN", and a 400-digit number overflows to infinity: IsFinite refuses
    // them all. Adding zero turns IEEE negative zero positive, so "-0" never prints as "-0".
    private static T? Parse(string? text) =>
        T.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) && T.IsFinite(value) ? value + T.Zero : null;
}

/// <summary>What the validator and the OpenAPI filter need of any <see cref="QueryNumber{T}"/>.</summary>
public interface IQueryNumber
{
    string Text { get; }

    bool IsValid { get; }

    bool IsWholeNumber { get; }
}
