using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Hosting;

/// <summary>
/// A database that cannot start is explained in one critical line and the host does not repeat it; any other
/// start failure is still logged once, with its exception (by StartupGuard, in place of the host).
/// </summary>
public sealed class HostLogTests
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    [Fact]
    public void AHostedServiceThatFailsToStartIsLoggedOnceWithItsException()
    {
        using var factory = new ContentApiFactory();
        using var failing = factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddHostedService<FailingService>()));

        Assert.ThrowsAny<Exception>(() => failing.CreateClient());

        var error = Assert.Single(factory.Logs, log => log.Level >= LogLevel.Error);
        Assert.Equal(FailingService.Message, error.Exception?.Message);
        Assert.DoesNotContain(factory.Logs, log => log.Category == HostCategory && log.Level >= LogLevel.Error);
    }

    [Fact]
    public void ADatabaseThatCannotStartIsExplainedOnceAndNotRepeatedByTheHost()
    {
        using var factory = new ContentApiFactory();
        File.WriteAllText(factory.DatabasePath, new string('x', 4096));

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level >= LogLevel.Error);
        Assert.Equal(LogLevel.Critical, critical.Level);
        Assert.Contains("is not a SQLite database", critical.Message);
    }

    private sealed class FailingService : IHostedService
    {
        public const string Message = "A start failure that has nothing to do with the database.";

        public Task StartAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
