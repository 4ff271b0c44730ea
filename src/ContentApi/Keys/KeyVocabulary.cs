using System.ComponentModel.DataAnnotations;

namespace ContentApi.Keys;

/// <summary>
/// What a key may do, each scope by itself: a key holds the ones it was created with. Read by the CLI's check of
/// <c>--scopes</c>, the authorization policies (<c>RequireScope</c>) and the
/// OpenAPI enum of a key's scopes.
/// </summary>
public static class ApiScopes
{
    /// <summary>Create, change and delete content (the write API).</summary>
    public const string ContentWrite = "content:write";

    /// <summary>Read drafts and unpublished content (<c>?preview=true</c>).</summary>
    public const string ContentPreview = "content:preview";

    /// <summary>List and revoke keys over HTTP.</summary>
    public const string KeysAdmin = "keys:admin";

    /// <summary>Moderate reader comments: list them by status, approve, reject, mark spam, delete, erase an address's.</summary>
    public const string CommentsModerate = "comments:moderate";

    public static readonly IReadOnlyList<string> All = [ContentWrite, ContentPreview, KeysAdmin, CommentsModerate];
}

/// <summary>The scopes a key can hold, as an OpenAPI enum.</summary>
public sealed class ApiScopeValuesAttribute() : AllowedValuesAttribute(ApiScopes.ContentWrite, ApiScopes.ContentPreview, ApiScopes.KeysAdmin, ApiScopes.CommentsModerate);
