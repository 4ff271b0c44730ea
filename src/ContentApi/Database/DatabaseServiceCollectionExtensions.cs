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
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseStartupService>();
        services.AddHostedService<DatabaseFileWatcher>();
        // DatabaseStartupService already explains a failed start in one line; the host would repeat it with a
        // stack trace. Other start failures still surface: RunOrExplain rethrows anything but a database failure.
        services.Configure<LoggerFilterOptions>(options =>
            options.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical));
        return services;
    }
}
