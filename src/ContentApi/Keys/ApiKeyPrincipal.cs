using System.Security.Claims;

namespace ContentApi.Keys;

/// <summary>An authenticated key as ASP.NET Core sees it: a principal whose claims are the key's id, name and scopes.</summary>
internal static class ApiKeyPrincipal
{
    /// <summary>One claim per scope, the claim OAuth access tokens use.</summary>
    public const string ScopeClaim = "scope";

    public static ClaimsPrincipal For(ApiKeyResponse key, string authenticationType)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, key.Id), new(ClaimTypes.Name, key.Name) };
        claims.AddRange(key.Scopes.Select(scope => new Claim(ScopeClaim, scope)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public static CurrentKeyResponse Describe(ClaimsPrincipal user) => new(
        IdOf(user), user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindAll(ScopeClaim).Select(claim => claim.Value).ToList());

    public static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
