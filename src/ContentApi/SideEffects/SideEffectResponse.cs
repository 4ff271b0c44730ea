using ContentApi.Sources;

using ContentApi.Caching;

namespace ContentApi.SideEffects;

/// <summary>A side effect of a substance.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Name">Short name, e.g. "Diarrhea".</param>
/// <param name="Severity"><c>common</c> (usually mild) or <c>severe</c> (a sign of toxicity; seek care).</param>
/// <param name="Description">One or two plain sentences.</param>
/// <param name="Source">Where the statement comes from.</param>
/// <param name="UpdatedAt">When this item last changed (UTC).</param>
public sealed record SideEffectResponse(int Id, string Name, [property: SideEffectSeverityValues] string Severity, string Description, SourceReference Source, DateTimeOffset UpdatedAt);
