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
            });
        services.AddSingleton<SqlStatementCounter>();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseStartupService>();
        return services;
    }
}
