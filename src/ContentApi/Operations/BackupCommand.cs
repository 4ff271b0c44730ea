using ContentApi.Database;
using ContentApi.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ContentApi.Operations;

/// <summary>
/// <c>backup &lt;path&gt;</c>: a consistent copy of the database, taken with <c>VACUUM INTO</c> in one read transaction,
/// so it is safe while the API serves and writes (copying the file could catch a write half done, or miss the WAL).
/// Settings are read as the app reads them (content root, appsettings.json, environment, further arguments), so the
/// copy is of the database the app would serve. It never replaces a file; a failure is one line and exit code 1.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var target, .. var settings] || target.StartsWith('-'))
        {
            return Refuse(error, "give the file to write: backup <path> (a new file; further arguments are settings, e.g. --contentRoot).");
        }

        var path = Path.GetFullPath(target);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return Refuse(error, $"'{path}' already exists, and a backup never replaces a file. Name a new one.");
        }

        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            return Refuse(error, File.Exists(folder) ? $"'{folder}' is a file, not a folder." : $"the folder '{folder}' does not exist.");
        }

        SqliteConnectionFactory connections;
        try
        {
            (var provider, connections) = DatabaseAsTheAppMakesIt(settings);
            if (provider is DatabaseProvider.PostgreSql)
            {
                // VACUUM INTO is SQLite's; PostgreSQL's own tool takes a consistent copy of a running database.
                return Refuse(error, "Database:Provider is PostgreSql, and this command copies a SQLite file only: back PostgreSQL up with pg_dump (e.g. pg_dump --format=custom --file=content.dump <database>).");
            }
        }
        catch (DatabaseStartupException ex)
        {
            return Refuse(error, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OptionsValidationException or ArgumentException)
        {
            return Refuse(error, $"the settings cannot be read: {ex.Message}");
        }

        try
        {
            // Opens the existing file only (never creates one): a missing database is refused, not backed up empty.
            await using var connection = await connections.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path;";
            command.Parameters.AddWithValue("$path", path);
            await command.ExecuteNonQueryAsync();
        }
        catch (StoreUnavailableException ex)
        {
            return Refuse(error, ex.Message);
        }
        catch (SqliteException ex)
        {
            DeletePartial(path);
            return Refuse(error, Explain(ex, connections.DataSource, path));
        }

        output.WriteLine($"Backed up '{connections.DataSource}' to '{path}' ({new FileInfo(path).Length} bytes).");
        return 0;
    }

    /// <summary>VACUUM INTO can leave what it wrote before failing; the path was free, so whatever is there is that.</summary>
    private static void DeletePartial(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there, or nothing can be removed: the refusal says what went wrong either way.
        }
    }

    private static int Refuse(TextWriter error, string reason)
    {
        error.WriteLine($"backup: {reason}");
        return 1;
    }

    private static string Explain(SqliteException ex, string source, string path) => ex.SqliteErrorCode switch
    {
        14 => $"cannot create '{path}': check that its folder is writable.",
        13 => $"the disk is full; '{path}' was not written.",
        26 => $"'{source}' is not a SQLite database.",
        11 => $"'{source}' is damaged; restore an earlier backup.",
        _ => ex.Message,
    };

    /// <summary>The database settings and content root exactly as the app resolves them, with no server started.</summary>
    private static (DatabaseProvider Provider, SqliteConnectionFactory Connections) DatabaseAsTheAppMakesIt(string[] settings)
    {
        var builder = WebApplication.CreateSlimBuilder(ContentRoot.Options(settings));
        builder.Services.AddContentDatabase(builder.Configuration);
        using var host = builder.Build();
        return (DatabaseProviders.Parse(host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider),
                host.Services.GetRequiredService<SqliteConnectionFactory>());
    }
}
