using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace ContentApi.Validation;

/// <summary>
/// A number exactly as the client wrote it in the query string. The framework's binder reads <c>1,5</c> as 15 (a
/// thousands separator) and a repeated <c>a=3&amp;a=4</c> as 34, and stops at the first unparsable parameter. This type
/// always binds; <see cref="Value"/> is set only for plain text (an optional sign, ASCII digits and, for fractional
/// types, one decimal point, in the invariant culture) that the type holds exactly, and <see cref="QueryValidator{T}"/>
/// reports every other text, naming its parameter, in the same 400 as every other failing parameter.
/// </summary>
/// <typeparam name="T"><see cref="int"/> for whole numbers, <see cref="double"/> for decimals.</typeparam>
public sealed class QueryNumber<T> : IQueryNumber
    where T : struct, INumber<T>
{
    /// <summary>
    /// A double holds 15 significant decimal digits exactly; more would be rounded silently, and
    /// <c>ageYears=8.99999999999999999</c> would become 9 — another age band, another dose. Every decimal place
    /// counts, so a value can always be said back as it was sent.
    /// </summary>
    private const int MaxSignificantDigits = 15;

    private static readonly bool IsWhole = typeof(T) != typeof(double) && typeof(T) != typeof(decimal);

    private static readonly Regex PlainNumber = new(IsWhole ? @"^[+-]?[0-9]+\z" : @"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)\z", RegexOptions.CultureInvariant);

    private static readonly NumberStyles Styles = IsWhole
        ? NumberStyles.AllowLeadingSign
        : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private QueryNumber(string text)
    {
        Text = text;
        (Value, Fault) = Parse(text);
    }

    /// <summary>The text as sent.</summary>
    public string Text { get; }

    /// <summary>The number, or null when <see cref="Fault"/> says why not.</summary>
    public T? Value { get; }

    public QueryNumberFault Fault { get; }

    public bool IsWholeNumber => IsWhole;

    /// <summary>The binder's entry point: never fails, so the validator sees the text.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Minimal APIs bind through a static TryParse on the parameter's own type.")]
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryNumber<T> number)
    {
        number = new QueryNumber<T>(text ?? string.Empty);
        return true;
    }

    public override string ToString() => Text;

    private static (T? Value, QueryNumberFault Fault) Parse(string text)
    {
        // The styles still let .NET read "Infinity" and "NaN"; IsFinite refuses them. Adding zero turns IEEE negative
        // zero positive, so "-0" never prints as "-0".
        if (T.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) && T.IsFinite(value))
        {
            return SignificantDigits(text) > MaxSignificantDigits && !IsWhole
                ? (null, QueryNumberFault.TooPrecise)
                : (value + T.Zero, QueryNumberFault.None);
        }

        // Plain digits that did not give a finite value overflowed the type.
        return (null, PlainNumber.IsMatch(text) ? QueryNumberFault.OutOfRange : QueryNumberFault.NotANumber);
    }

    /// <summary>Digits that carry meaning: the whole part without its leading zeros, and every decimal place.</summary>
    private static int SignificantDigits(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = (point < 0 ? text : text[..point]).Where(char.IsAsciiDigit).SkipWhile(digit => digit == '0').Count();
        return whole + (point < 0 ? 0 : text.Length - point - 1);
    }
}

/// <summary>Why a query number has no value.</summary>
public enum QueryNumberFault
{
    None,
    NotANumber,
    TooPrecise,
    OutOfRange,
}

/// <summary>What the validator and the OpenAPI filter need of any <see cref="QueryNumber{T}"/>.</summary>
public interface IQueryNumber
{
    string Text { get; }

    QueryNumberFault Fault { get; }

    bool IsWholeNumber { get; }
}
