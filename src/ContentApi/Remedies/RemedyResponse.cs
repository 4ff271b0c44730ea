using ContentApi.Sources;

using ContentApi.Caching;

namespace ContentApi.Remedies;

/// <summary>A treatment for the condition other than the article's main substance.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Kind"><c>alternative</c> (natural or lifestyle) or <c>conventional</c> (prescription treatment).</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One or two plain sentences.</param>
/// <param name="Examples">Example generic names, for medicines.</param>
/// <param name="EvidenceLevel">Guideline evidence grading, where the source gives one.</param>
/// <param name="DependenceNote">Risk of addiction or dependence, where there is one.</param>
/// <param name="AugmentationNote">Risk of augmentation (symptoms worsening over time on the drug), where there is one.</param>
/// <param name="Source">Where the statement comes from.</param>
/// <param name="UpdatedAt">When this item last changed (UTC).</param>
public sealed record RemedyResponse(
    int Id, [property: RemedyKindValues] string Kind, string Name, string Description, IReadOnlyList<string> Examples, string? EvidenceLevel,
    string? DependenceNote, string? AugmentationNote, SourceReference Source, DateTimeOffset UpdatedAt);
