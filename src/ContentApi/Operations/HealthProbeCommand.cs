namespace ContentApi.Operations;

/// <summary>
/// <c>health [url]</c>: asks the readiness endpoint and exits 0 on a 2xx, 1 on anything else or no answer in time. The
/// container's HEALTHCHECK runs it, since the ASP.NET runtime image has no curl or wget.
/// </summary>
internal static class HealthProbeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health/ready";

    // Within Docker's HEALTHCHECK --timeout, with room for the runtime's own start.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var url = args is [var given, ..] ? given : DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error.WriteLine($"health: '{url}' is not an http or https URL.");
            return 1;
        }

        // Straight to the address: an HTTP_PROXY set for the app's own traffic must not stand between a probe and the app.
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout, MaxResponseContentBufferSize = 64 * 1024 };
        try
        {
            using var response = await client.GetAsync(uri);
            var line = $"health: {uri} answered {(int)response.StatusCode}: {OneLine(await response.Content.ReadAsStringAsync())}";
            (response.IsSuccessStatusCode ? output : error).WriteLine(line);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException ex)
        {
            error.WriteLine($"health: {uri}: {ex.Message}");
            return 1;
        }
        catch (TaskCanceledException)
        {
            error.WriteLine($"health: {uri} did not answer within {Timeout.TotalSeconds:0} s.");
            return 1;
        }
    }

    private static string OneLine(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length <= 500 ? line : string.Concat(line.AsSpan(0, 500), "…");
    }
}
