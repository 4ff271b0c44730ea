using System.Reflection;
using System.Text.Json;

namespace ContentApi.Validation;

/// <summary>
/// The query parameters an endpoint declares through its <see cref="AsParametersAttribute"/> records, and the checks
/// made on their raw text before any validator runs: the binder would join a repeated scalar into "3,4" and pass
/// control characters (a trailing NUL) through to SQL and logs, so both are refused here, by name.
/// </summary>
internal sealed class DeclaredQueryParameters
{
    private readonly (string Name, bool IsList)[] _parameters;

    private DeclaredQueryParameters((string Name, bool IsList)[] parameters) => _parameters = parameters;

    public bool IsEmpty => _parameters.Length == 0;

    /// <summary>The names as clients send them, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _parameters.Select(parameter => parameter.Name).Order(StringComparer.Ordinal)];

    public static DeclaredQueryParameters Of(MethodInfo handler) => new(handler.GetParameters()
        .Where(parameter => parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
        .SelectMany(parameter => parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Where(property => property.SetMethod is not null)
        .Select(property => (JsonNamingPolicy.CamelCase.ConvertName(property.Name), property.GetCustomAttribute<CommaSeparatedAttribute>() is not null))
        .ToArray());

    /// <summary>
    /// C0 and C1 controls, Unicode line and paragraph separators, and the bidirectional embeddings, overrides and
    /// isolates that can make echoed text read differently from what it is ("Trojan Source").
    /// </summary>
    private static bool IsInvisibleControl(char character) =>
        char.IsControl(character)
        || character is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Adds a message per offending parameter; lists (comma-separated) may be repeated, their values are joined.</summary>
    public void Check(IQueryCollection query, Dictionary<string, List<string>> errors)
    {
        foreach (var (name, isList) in _parameters)
        {
            var values = query[name];
            if (values.Count > 1 && !isList)
            {
                errors[name] = [$"'{name}' was given {values.Count} times; give it once."];
            }
            else if (values.Any(value => value is not null && value.Any(IsInvisibleControl)))
            {
                errors[name] = [$"'{name}' contains a control character (such as NUL, a tab, a line break or a text-direction override); send plain text."];
            }
        }
    }
}
