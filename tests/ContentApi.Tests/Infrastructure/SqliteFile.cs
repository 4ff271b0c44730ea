using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// SQL run straight against a database file, as an operator or another process would: foreign keys on, and no pooled
/// connection left holding the file afterwards.
/// </summary>
internal static class SqliteFile
{
    public static async Task ExecuteAsync(string databasePath, string sql)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(string databasePath, string sql)
    {
        await using var connection = await OpenAsync(databasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public static async Task<List<T>> QueryAsync<T>(string databasePath, string sql)
    {
        await using var connection = await OpenAsync(databasePath);
        return (await Dapper.SqlMapper.QueryAsync<T>(connection, sql)).ToList();
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Foreign Keys=True;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Overwrites the first b-tree page of <paramref name="table"/> (a test's own literal) with garbage, as a failing disk would.</summary>
    public static async Task CorruptRootPageAsync(string databasePath, string table)
    {
        var rootPage = (long)(await ScalarAsync(databasePath, $"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '{table}';"))!;
        var pageSize = (long)(await ScalarAsync(databasePath, "PRAGMA page_size;"))!;

        await using var file = File.Open(databasePath, FileMode.Open, FileAccess.ReadWrite);
        file.Seek((rootPage - 1) * pageSize, SeekOrigin.Begin);
        await file.WriteAsync(Enumerable.Repeat((byte)0xA5, (int)pageSize).ToArray());
    }
}
