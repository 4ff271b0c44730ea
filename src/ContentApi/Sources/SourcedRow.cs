namespace ContentApi.Sources;

/// <summary>
/// Base for rows joined to their source as <c>s</c>; select <see cref="Columns"/> to fill it.
/// </summary>
public abstract class SourcedRow
{
    public const string Columns = "s.key AS SourceKey, s.title AS SourceTitle, s.publisher AS SourcePublisher, s.url AS SourceUrl";

    public string SourceKey { get; set; } = "";
    public string SourceTitle { get; set; } = "";
    public string SourcePublisher { get; set; } = "";
    public string? SourceUrl { get; set; }

    public SourceReference Source => new(SourceKey, SourceTitle, SourcePublisher, SourceUrl);
}
