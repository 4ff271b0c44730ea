using ContentApi.Security;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ContentApi.Tests.OpenApi;

/// <summary>
/// Swagger UI as a reader uses it: Debian's chromium on the built app served by Kestrel on 127.0.0.1, under the
/// app's own Content-Security-Policy. A screenshot of the result is kept in TestResults/swagger-ui/.
/// </summary>
public sealed class SwaggerUiBrowserTests : IDisposable
{
    private const string Slug = "magnesium-for-restless-legs";
    private const string Title = "Magnesium for Restless Legs";

    /// <summary>Every browser wait; the whole test is bounded by the Fact's timeout as well.</summary>
    private const float Wait = 30_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-browser-").FullName;

    [Fact(Timeout = 180_000)]
    public Task TryItOutOnTheArticleShowsStatus200AndItsTitle() => InSwaggerUiAsync("try-it-out-article", async page =>
    {
        var operation = page.Locator("#operations-Articles-GetArticle");
        await operation.Locator(".opblock-summary-control").ClickAsync();
        await operation.Locator(".try-out__btn").ClickAsync();
        await operation.Locator("tr[data-param-name='slug'] input").FillAsync(Slug);
        await ExecuteAsync(operation, "200", $"\"title\": \"{Title}\"");
    });

    /// <summary>
    /// The Authorize button takes a key (made with the <c>keys create</c> command, as an operator would) and Swagger UI sends
    /// it as <c>Authorization: Bearer</c> with the operations that need one.
    /// </summary>
    [Fact(Timeout = 180_000)]
    public async Task AuthorizeWithAnApiKeyThenTryItOutOnTheCurrentKeyShowsStatus200()
    {
        string key;
        using (var create = AppProcess.Command(_folder, Settings, "keys", "create", "--name", "swagger editor", "--scopes", "content:preview"))
        {
            Assert.True(await create.ExitCodeAsync() == 0, create.Output);
            key = create.Output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith("ca_", StringComparison.Ordinal));
        }

        await InSwaggerUiAsync("authorize-current-key", async page =>
        {
            await page.Locator(".auth-wrapper .authorize").ClickAsync();
            var dialog = page.Locator(".modal-ux");
            await dialog.Locator("input[aria-label='auth-bearer-value']").FillAsync(key);
            await dialog.Locator(".auth-btn-wrapper button.authorize").ClickAsync();
            await dialog.Locator(".auth-btn-wrapper button.btn-done").ClickAsync();

            var operation = page.Locator("#operations-Keys-GetCurrentKey");
            await operation.Locator(".opblock-summary-control").ClickAsync();
            await operation.Locator(".try-out__btn").ClickAsync();
            await ExecuteAsync(operation, "200", "\"name\": \"swagger editor\"");
        });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(_folder, "content.db")}" };

    /// <summary>
    /// Runs <paramref name="steps"/> on Swagger UI served by the built app, then keeps a screenshot named
    /// <paramref name="name"/>; a wait that runs out fails with a screenshot of the page and what the browser and app logged.
    /// </summary>
    private async Task InSwaggerUiAsync(string name, Func<IPage, Task> steps)
    {
        var screenshot = RepositoryArtifacts.PathOf(Path.Combine("swagger-ui", $"{name}.png"));
        var failureScreenshot = RepositoryArtifacts.PathOf(Path.Combine("swagger-ui", $"{name}.failure.png"));
        File.Delete(screenshot);
        File.Delete(failureScreenshot);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        using var app = AppProcess.Start(_folder, Settings);
        var baseAddress = await app.ListeningAsync();

        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(Wait);
        context.SetDefaultNavigationTimeout(Wait);
        var watch = await BrowserWatch.AttachAsync(context);
        var page = await context.NewPageAsync();

        try
        {
            // The page runs under the app's policy, so a load it blocks would show up as a console error below.
            var document = await page.GotoAsync(new Uri(baseAddress, "/swagger/index.html").ToString());
            Assert.Equal(SecurityHeadersSetup.SwaggerUiPolicy, await document!.HeaderValueAsync("content-security-policy"));
            await steps(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true, Timeout = Wait });
        }
        catch (PlaywrightException failure)
        {
            // What the page showed when a wait ran out, beside what the browser and the app logged.
            var shot = await TryScreenshotAsync(page, failureScreenshot);
            throw new Xunit.Sdk.XunitException(
                $"Swagger UI did not show what it should (screenshot: {shot}).\nBrowser: {watch}\nApp:\n{app.Output}", failure);
        }

        Assert.True(watch.Problems.Count == 0, $"the page went wrong outside what it shows:\n{watch}");
        AssertIsScreenshot(screenshot);
    }

    /// <summary>Executes the operation and waits for the server's answer: its status, and text its body must hold.</summary>
    private static async Task ExecuteAsync(ILocator operation, string status, string bodyText)
    {
        await operation.Locator(".execute").ClickAsync();
        // The server's answer, not the documented responses below it: the one body row of the live table.
        var live = operation.Locator(".live-responses-table tbody tr.response");
        await Assertions.Expect(live.Locator(".response-col_status")).ToHaveTextAsync(status, new() { Timeout = Wait });
        await Assertions.Expect(live.Locator(".response-col_description .highlight-code")).ToContainTextAsync(bodyText, new() { Timeout = Wait });
    }

    /// <summary>A failure screenshot must not hide the failure: a browser that is gone is reported instead.</summary>
    private static async Task<string> TryScreenshotAsync(IPage page, string path)
    {
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = Wait });
            return path;
        }
        catch (PlaywrightException error)
        {
            return $"none, {error.Message}";
        }
    }

    /// <summary>A PNG of at least the viewport's width and more than a blank page's few kilobytes.</summary>
    private static void AssertIsScreenshot(string path)
    {
        Assert.True(File.Exists(path), $"no screenshot at {path}");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 20_000, $"{path} is only {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.True(width >= 1280 && height >= 900, $"{path} is {width}x{height}");
    }
}
