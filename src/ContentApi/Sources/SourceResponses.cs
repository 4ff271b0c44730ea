using ContentApi.Caching;

namespace ContentApi.Sources;

/// <summary>A published source that figures and statements cite.</summary>
/// <param name="Id">Numeric identifier.</param>
/// <param name="Key">Stable citation key, e.g. <c>ODS</c>.</param>
/// <param name="Title">Title of the work.</param>
/// <param name="Publisher">Publisher, journal or organisation.</param>
/// <param name="Url">Where to read it, when it has a public address.</param>
/// <param name="Citation">Full bibliographic citation, for journal articles.</param>
/// <param name="UpdatedAt">When this item last changed (UTC).</param>
public sealed record SourceResponse(int Id, string Key, string Title, string Publisher, string? Url, string? Citation, DateTimeOffset UpdatedAt) : ILastModified
{
    DateTimeOffset? ILastModified.LastModified => UpdatedAt;
}

/// <summary>The source of one figure or statement, embedded beside it.</summary>
public sealed record SourceReference(string Key, string Title, string Publisher, string? Url);
