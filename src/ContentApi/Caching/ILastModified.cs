namespace ContentApi.Caching;

/// <summary>A response that knows the newest update time of the content it covers (its <c>Last-Modified</c>).</summary>
public interface ILastModified
{
    DateTimeOffset? LastModified { get; }
}
