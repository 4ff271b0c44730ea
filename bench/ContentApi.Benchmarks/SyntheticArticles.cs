using Microsoft.Data.Sqlite;

namespace ContentApi.Benchmarks;

/// <summary>
/// Fills a database with bench/generate-articles.sql (10,000 synthetic articles), through the same SQLite library the
/// API uses. Debian's sqlite3 shell (3.40) built a search index that the API's newer SQLite then found malformed at start
/// (its integrity check disagreed with the older FTS5's prefix index), so the load benchmark calls this too.
/// </summary>
internal static class SyntheticArticles
{
    public static async Task GenerateAsync(SqliteConnection connection)
    {
        // Per-row trigger maintenance would take minutes; the script rebuilds the search index once at its end.
        await using var drop = connection.CreateCommand();
        drop.CommandText = "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger';";
        var drops = new List<string>();
        await using (var reader = await drop.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                drops.Add(reader.GetString(0));
            }
        }

        await using var generate = connection.CreateCommand();
        generate.CommandText = string.Concat(drops) + await File.ReadAllTextAsync(ScriptPath());
        await generate.ExecuteNonQueryAsync();
    }

    /// <summary>`dotnet ContentApi.Benchmarks.dll generate-articles DB_PATH`, for bench/run.sh.</summary>
    public static async Task<int> RunAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        await GenerateAsync(connection);
        return 0;
    }

    // BenchmarkDotNet runs a copy of this project from bin/…; the script sits in bench/ of the repository.
    private static string ScriptPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "bench", "generate-articles.sql");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new FileNotFoundException("bench/generate-articles.sql not found above " + AppContext.BaseDirectory);
    }
}
