using System.Globalization;
using ContentApi.Database;
using ContentApi.Hosting;
using ContentApi.Keys;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContentApi.Operations;

/// <summary>
/// <c>keys create --name &lt;name&gt; --scopes &lt;scope,…&gt;</c>, <c>keys list</c> and <c>keys revoke &lt;id&gt;</c>, on the
/// database the app's settings name. The database is migrated first, as the app's start would, so an install can be
/// given its first key before the app has ever run. <c>create</c> prints the key alone on standard output (so a script
/// can take it) and what it is on standard error: the key is never shown again. Arguments it cannot read are a
/// usage message and exit code 2; an unknown id or a store that cannot be used, one line and exit code 1.
/// </summary>
internal static class KeysCommand
{
    public const int UsageError = 2;

    private const string Usage = """
        usage: keys create --name <name> --scopes <scope>[,<scope>…]
               keys list
               keys revoke <id>
        Settings come as --Name=value, e.g. "--ConnectionStrings:Content=Data Source=/data/content.db".
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var settings = args.Where(IsSetting).ToArray();
        Func<ApiKeyStore, Task<int>> run;
        try
        {
            run = Parse([.. args.Where(arg => !IsSetting(arg))], output, error);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"keys: {ex.Message}");
            error.WriteLine(Usage);
            return UsageError;
        }

        try
        {
            await using var store = await ApiKeyStore.OpenAsync(settings);
            return await run(store);
        }
        catch (Exception ex) when (ex is DatabaseStartupException or StoreUnavailableException or SqliteException or NpgsqlException
                                       or OptionsValidationException or InvalidOperationException or ArgumentException)
        {
            // The settings, the file or the store refused: one line, as the app's own start would say it.
            error.WriteLine($"keys: {ex.Message}");
            return 1;
        }
    }

    /// <summary>What to run, or an <see cref="ArgumentException"/> saying what is wrong with the arguments.</summary>
    private static Func<ApiKeyStore, Task<int>> Parse(string[] args, TextWriter output, TextWriter error) => args switch
    {
        ["create", .. var options] => Create(Options(options, "--name", "--scopes"), output, error),
        ["list"] => store => ListAsync(store, output),
        ["list", ..] => throw new ArgumentException("list takes no arguments."),
        ["revoke", var id] when !id.StartsWith('-') => store => RevokeAsync(store, id, output, error),
        ["revoke", ..] => throw new ArgumentException("give one key id: keys revoke <id> ('keys list' shows them)."),
        [var command, ..] => throw new ArgumentException($"'{command}' is not a keys command."),
        [] => throw new ArgumentException("name a command."),
    };

    private static Func<ApiKeyStore, Task<int>> Create(IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error)
    {
        var name = options.GetValueOrDefault("--name") ?? throw new ArgumentException("give the key a name: --name <name> (who or what it is for).");
        var scopes = (options.GetValueOrDefault("--scopes") ?? throw new ArgumentException($"give its scopes: --scopes <scope>[,<scope>…] from {string.Join(", ", ApiScopes.All)}."))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // The issuer's own checks, run before the store opens: a wrong argument never touches the database.
        ApiKeyIssuer.Check(name, scopes);
        return async store =>
        {
            var issued = await store.Issuer.IssueAsync(name, scopes);
            output.WriteLine(issued.Key);
            error.WriteLine($"Created key '{issued.Stored.Id}' ({issued.Stored.Name}) with the scopes {string.Join(", ", issued.Stored.Scopes)}. " +
                            "The line above is the key: copy it now, it is not shown again (only its hash is stored).");
            return 0;
        };
    }

    private static async Task<int> ListAsync(ApiKeyStore store, TextWriter output)
    {
        var keys = await store.Keys.ListAsync(CancellationToken.None);
        if (keys.Count == 0)
        {
            output.WriteLine("No keys yet: keys create --name <name> --scopes <scope,…> makes one.");
            return 0;
        }

        string[][] rows =
        [
            ["ID", "NAME", "SCOPES", "CREATED", "LAST USED", "REVOKED"],
            .. keys.Select(key => new[] { key.Id, key.Name, string.Join(",", key.Scopes), Time(key.CreatedAt), Time(key.LastUsedAt), Time(key.RevokedAt) }),
        ];
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }

        return 0;
    }

    private static async Task<int> RevokeAsync(ApiKeyStore store, string id, TextWriter output, TextWriter error)
    {
        if (await store.Keys.RevokeAsync(id, ApiKeyTime.Now(store.Time), CancellationToken.None) is not { Key: var key } revocation)
        {
            error.WriteLine($"keys: no key has the id '{id}'; 'keys list' shows them.");
            return 1;
        }

        output.WriteLine(revocation.AlreadyRevoked
            ? $"Key '{key.Id}' ({key.Name}) was already revoked at {Time(key.RevokedAt)}."
            : $"Revoked key '{key.Id}' ({key.Name}): its next request is refused.");
        return 0;
    }

    /// <summary>The command's own options, as <c>--name value</c> or <c>--name=value</c>; anything else is refused.</summary>
    private static Dictionary<string, string> Options(string[] args, params string[] names)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < args.Length; index++)
        {
            var (name, value) = args[index].Split('=', 2) is [var given, var inline] ? (given, (string?)inline) : (args[index], null);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"'{args[index]}' is not an option of this command ({string.Join(", ", names)}).");
            }

            value ??= index + 1 < args.Length ? args[++index] : throw new ArgumentException($"{name} needs a value.");
            if (!options.TryAdd(name, value))
            {
                throw new ArgumentException($"{name} is given twice.");
            }
        }

        return options;
    }

    /// <summary>A setting for the app's configuration (<c>--Section:Key=value</c>), as opposed to the command's own options.</summary>
    private static bool IsSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal)
        && !arg.StartsWith("--name=", StringComparison.Ordinal) && !arg.StartsWith("--scopes=", StringComparison.Ordinal);

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>The keys of the database the app's settings name, migrated; the host is built, never started.</summary>
    private sealed class ApiKeyStore(WebApplication host) : IAsyncDisposable
    {
        public IApiKeyRepository Keys => host.Services.GetRequiredService<IApiKeyRepository>();

        public ApiKeyIssuer Issuer => host.Services.GetRequiredService<ApiKeyIssuer>();

        public TimeProvider Time => host.Services.GetRequiredService<TimeProvider>();

        public static async Task<ApiKeyStore> OpenAsync(string[] settings)
        {
            var builder = WebApplication.CreateSlimBuilder(ContentRoot.Options(settings));
            // Standard output is the command's answer (the key itself, for create); the migrator's warnings go to standard error.
            builder.Logging.AddFilter(category: null, LogLevel.Warning);
            builder.Services.Configure<ConsoleLoggerOptions>(console =>
            {
                console.FormatterName = ConsoleFormatterNames.Simple;
                console.LogToStandardErrorThreshold = LogLevel.Trace;
            });
            builder.Services.AddContentDatabase(builder.Configuration);
            builder.Services.AddApiKeyStore();
            var host = builder.Build();
            try
            {
                // The engine the settings name, migrated as the app's start would (DatabaseStartupService).
                var provider = DatabaseProviders.Parse(host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider);
                ScriptMigrator migrator = provider is DatabaseProvider.PostgreSql
                    ? host.Services.GetRequiredService<PostgreSqlMigrator>()
                    : host.Services.GetRequiredService<DatabaseMigrator>();
                await migrator.MigrateAsync();
                return new ApiKeyStore(host);
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }

        public ValueTask DisposeAsync() => host.DisposeAsync();
    }
}
