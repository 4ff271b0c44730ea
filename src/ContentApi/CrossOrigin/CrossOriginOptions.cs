using System.ComponentModel.DataAnnotations;

namespace ContentApi.CrossOrigin;

/// <summary>Section <c>Cors</c>: which browser origins may call the API.</summary>
public sealed class CrossOriginOptions
{
    /// <summary>Origins allowed to read; empty means any origin (<c>*</c>, never with credentials).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may reuse a preflight answer (<c>Access-Control-Max-Age</c>).</summary>
    [Range(0, 86_400)]
    public int PreflightMaxAgeSeconds { get; set; } = 3600;
}
