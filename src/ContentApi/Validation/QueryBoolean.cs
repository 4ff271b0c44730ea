namespace ContentApi.Validation;

/// <summary>
/// A true/false query parameter exactly as the client wrote it. The framework's binder would answer a bare 400 for
/// <c>?preview=maybe</c> and stop at it; this type always binds, <see cref="Value"/> is set only for <c>true</c> or
/// <c>false</c> (any case), and <see cref="QueryValidator{T}"/> reports other text, naming its parameter, in the same
/// 400 as every other failing parameter.
/// </summary>
public sealed class QueryBoolean
{
    private QueryBoolean(string text)
    {
        Text = text;
        Value = text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
            : text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
    }

    /// <summary>The text as sent.</summary>
    public string Text { get; }

    /// <summary>The value, or null when the text is neither true nor false.</summary>
    public bool? Value { get; }

    /// <summary>The binder's entry point: never fails, so the validator sees the text.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Minimal APIs bind through a static TryParse on the parameter's own type.")]
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryBoolean flag)
    {
        flag = new QueryBoolean(text ?? string.Empty);
        return true;
    }

    public override string ToString() => Text;
}
