namespace ContentApi.Preview;

/// <summary>
/// Which content one read may show, decided per request and passed to the repositories: published content (every
/// public read), or drafts and scheduled drafts as well (a preview read, <c>?preview=true</c>, by a key holding
/// <c>content:preview</c>). A repository given <see cref="Published"/> must filter exactly as public reads always have.
/// </summary>
public enum ContentVisibility
{
    Published,
    IncludingDrafts,
}
