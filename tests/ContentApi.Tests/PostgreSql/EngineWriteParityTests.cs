using System.Data.Common;
using System.Globalization;
using Dapper;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The same writes (<see cref="WriteScript"/>, every kind, in one order) leave the same rows on SQLite and on PostgreSQL:
/// every column of every table they touch, ids included, compared row by row. The search index, the content version and
/// scope stamps are left out: the first is FTS5 on one engine and a tsvector on the other, the others count with the
/// engine's own clock and start (<see cref="EngineParityTests"/> compares their order). So are the ids of an article's
/// body rows and of aliases, which no response shows: SQLite hands a deleted article's highest section and block ids to the next
/// rows, PostgreSQL's sequences never go back.
/// </summary>
[Collection(PostgreSqlTests.Name)]
public sealed class EngineWriteParityTests(ThrowawayCluster cluster)
{
    private static readonly string[] Tables =
    [
        "articles", "sections", "blocks", "block_items", "article_sources", "related_articles", "article_revisions", "article_schedules",
        "dose_ranges", "foods", "interactions", "interaction_examples", "interaction_aliases", "side_effects", "remedies", "remedy_examples",
        "sources", "media", "comments", "comment_emails", "api_keys",
    ];

    private static readonly Dictionary<string, string[]> InternalIds = new()
    {
        ["sections"] = ["id"], ["blocks"] = ["id", "section_id"], ["block_items"] = ["id", "block_id"], ["interaction_aliases"] = ["id"],
    };

    [Fact]
    public async Task EveryKindOfWriteLeavesTheSameRowsOnBothEngines()
    {
        await using var sqlite = await EngineDatabase.SqliteAsync();
        await using var postgreSql = await EngineDatabase.PostgreSqlAsync(cluster);

        var onSqlite = await WriteAllAndDumpAsync(sqlite);
        var onPostgreSql = await WriteAllAndDumpAsync(postgreSql);

        foreach (var table in Tables)
        {
            Assert.True(onSqlite[table].Count > 0, $"The script writes no row of {table}: the comparison would prove nothing.");
            Assert.True(onSqlite[table].SequenceEqual(onPostgreSql[table]),
                $"{table} differs. SQLite only: {string.Join(" | ", onSqlite[table].Except(onPostgreSql[table]))}; PostgreSQL only: {string.Join(" | ", onPostgreSql[table].Except(onSqlite[table]))}");
        }
    }

    private static async Task<Dictionary<string, List<string>>> WriteAllAndDumpAsync(EngineDatabase database)
    {
        using var services = new WriteServices(database.Connections);
        Assert.IsType<ContentApi.Editing.WriteOutcome.Written>(await WriteScript.CreateAsync(services));
        foreach (var step in new[]
                 {
                     WriteScript.ChangeMetadataAsync, WriteScript.ChangeOneBlockAsync, WriteScript.AddAndReorderSectionsAsync,
                     WriteScript.AddCollectionsAsync, WriteScript.ChangeCollectionsAsync, WriteScript.ScheduleAsync,
                 })
        {
            Assert.IsType<ContentApi.Editing.WriteOutcome.Written>(await step(services));
        }

        // A second article published and then deleted: its revisions outlive it, and the next one must not take its id.
        await services.Articles.CreateAsync("short-lived", WriteScript.Document("short-lived"), false, WriteScript.Author, default);
        await services.Articles.ChangeAsync("short-lived", "*", _ => new ContentApi.Editing.ArticleChange.Delete(), WriteScript.Author, default);
        await services.Articles.CreateAsync("after-it", WriteScript.Document("after-it"), false, WriteScript.Author, default);
        await WriteScript.SourceWritesAsync(services);
        await WriteScript.CommentWritesAsync(services);
        await WriteScript.InsertImageAsync(services);
        await WriteScript.KeyWritesAsync(services);

        await using var connection = await database.Connections.OpenAsync();
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in Tables)
        {
            dump[table] = await RowsAsync(connection, table);
        }

        return dump;
    }

    /// <summary>Each row as "column=value" pairs by column name, values in an engine-neutral text, rows sorted.</summary>
    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        var rows = await connection.QueryAsync($"SELECT * FROM {table};");
        var internalIds = InternalIds.GetValueOrDefault(table, []);
        return rows.Cast<IDictionary<string, object?>>()
            .Select(row => string.Join("; ", row.Where(pair => !internalIds.Contains(pair.Key)).OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => $"{pair.Key}={Text(pair.Value)}")))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Text(object? value) => value switch
    {
        null or DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        double or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        IConvertible number when value is int or long or short => Convert.ToInt64(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
