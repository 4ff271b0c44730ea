using ContentApi.Hosting;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

internal static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddContentDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection("Database"))
            .Configure(options =>
            {
                if (configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } connectionString)
                {
                    options.ConnectionString = connectionString;
                }
            })
            .ValidateOnStart();
        TimestampHandler.Register();
        services.AddSingleton<SqlStatementCounter>();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<DatabaseStartupReport>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<PostgreSqlConnectionFactory>();
        services.AddSingleton<PostgreSqlMigrator>();
        services.AddSingleton<IContentConnections>(provider =>
            IsPostgreSql(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider)
                ? provider.GetRequiredService<PostgreSqlConnectionFactory>()
                : provider.GetRequiredService<SqliteConnectionFactory>());
        services.AddHostedService<DatabaseStartupService>();
        services.AddHostedService<DatabaseFileWatcher>();
        services.AddSingleton<HostStartFailures>();
        // The rule's filter runs on every Host log, so it sees a failure marked after the rule was built.
        services.AddOptions<LoggerFilterOptions>().Configure<HostStartFailures>((options, failure) =>
            options.Rules.Add(new LoggerFilterRule(
                providerName: null, HostStartFailures.HostCategory, LogLevel.Information,
                (_, _, level) => failure.AllowsHostLog(level))));
        return services;
    }

    /// <summary>
    /// Hosted services resolve the repositories while the host is built, before the start reads the provider: a wrong one
    /// must not throw here, where it would be a stack trace, but stop the start with its one line (the start parses it).
    /// </summary>
    private static bool IsPostgreSql(string provider)
    {
        try
        {
            return DatabaseProviders.Parse(provider) == DatabaseProvider.PostgreSql;
        }
        catch (DatabaseStartupException)
        {
            return false;
        }
    }
}
