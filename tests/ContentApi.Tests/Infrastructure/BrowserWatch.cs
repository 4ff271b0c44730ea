using Microsoft.Playwright;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// What a page did that a user would not see: requests to any host but 127.0.0.1 (aborted, so the browser never
/// leaves the machine), requests that failed, console errors (a blocked Content-Security-Policy load is one) and
/// uncaught script errors.
/// </summary>
internal sealed class BrowserWatch
{
    private readonly List<string> _problems = [];

    private BrowserWatch()
    {
    }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<BrowserWatch> AttachAsync(IBrowserContext context)
    {
        var watch = new BrowserWatch();
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(route.Request.Url))
            {
                await route.ContinueAsync();
                return;
            }

            watch.Add($"request to another host: {route.Request.Method} {route.Request.Url}");
            await route.AbortAsync("blockedbyclient");
        });
        context.RequestFailed += (_, request) => watch.Add($"failed request: {request.Method} {request.Url} ({request.Failure})");
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watch.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        context.WebError += (_, error) => watch.Add($"uncaught script error: {error.Error}");
        return watch;
    }

    public override string ToString() => Problems.Count == 0 ? "nothing" : string.Join(Environment.NewLine, Problems);

    /// <summary>Only http(s) leaves the page; data: and blob: URLs are the page's own bytes.</summary>
    private static bool IsLocal(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "ws" or "wss") ||
        uri.Host == "127.0.0.1";

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
