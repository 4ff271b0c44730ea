using Microsoft.Playwright;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// Debian's own chromium package, driven by Playwright through <c>ExecutablePath</c>: Playwright's browser download
/// is never used, so nothing is fetched at test time (CI installs the package in <c>.ci/run</c>).
/// </summary>
internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Headless, and quiet on the network: no QUIC, no first-run, sync, component update or other background traffic
    /// that would try to leave this closed machine. Playwright gives each launch a fresh temporary profile.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Launches the browser, or fails the test (never skips it) when the package is missing.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: install Debian's chromium: apt-get install chromium, or run .ci/run");

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Timeout = (float)LaunchTimeout.TotalMilliseconds,
        });
    }
}
