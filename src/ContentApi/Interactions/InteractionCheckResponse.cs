namespace ContentApi.Interactions;

/// <summary>The result of checking a list of medicines and conditions against a substance.</summary>
/// <param name="Substance">The substance checked against.</param>
/// <param name="Checked">How many names were checked.</param>
/// <param name="Matches">Names that matched, most severe first; each with its interactions.</param>
/// <param name="Unmatched">Names that matched nothing here. That is not proof of safety.</param>
/// <param name="HighestSeverity">The most severe interaction found (this API's editorial grade; see <c>InteractionResponse.severity</c>), or null.</param>
/// <param name="Summary">One plain paragraph a frontend can show.</param>
public sealed record InteractionCheckResponse(
    string Substance, int Checked, IReadOnlyList<InteractionMatch> Matches, IReadOnlyList<CheckedName> Unmatched,
    [property: SeverityValues] string? HighestSeverity, string Summary);

/// <summary>A name that matched one or more interactions.</summary>
/// <param name="Input">The name as given.</param>
/// <param name="Kind"><c>medication</c> or <c>condition</c>.</param>
/// <param name="MatchedAs">The known name it matched, e.g. "Cipro".</param>
/// <param name="MatchType">What that known name is: <c>generic</c>, <c>brand</c>, <c>class</c> or <c>condition</c>.</param>
/// <param name="Interactions">The matching interactions, most severe first, with mechanism, guidance and spacing.</param>
public sealed record InteractionMatch(
    string Input, [property: InteractionKindValues] string Kind, string MatchedAs, [property: MatchTypeValues] string MatchType, IReadOnlyList<InteractionResponse> Interactions);

/// <param name="Input">The name as given.</param>
/// <param name="Kind"><c>medication</c> or <c>condition</c>.</param>
public sealed record CheckedName(string Input, [property: InteractionKindValues] string Kind);
