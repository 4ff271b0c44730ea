namespace ContentApi.Editing;

/// <summary>SQL of the source writes; every statement names its columns.</summary>
internal static class SourceWriteSql
{
    public const string Find = """
        SELECT id AS Id, key AS Key, title AS Title, publisher AS Publisher, url AS Url, citation AS Citation, version AS Version
        FROM sources WHERE id = @Id;
        """;

    public const string KeyTaken = "SELECT count(*) FROM sources WHERE key = @Key;";

    public const string Insert = """
        INSERT INTO sources (key, title, publisher, url, citation, updated_at, version)
        VALUES (@Key, @Title, @Publisher, @Url, @Citation, @Now, 1) RETURNING id;
        """;

    public const string Update = """
        UPDATE sources SET title = @Title, publisher = @Publisher, url = @Url, citation = @Citation, updated_at = @Now, version = version + 1
        WHERE id = @Id;
        """;

    public const string Delete = "DELETE FROM sources WHERE id = @Id;";

    /// <summary>How many things cite the source, whatever their article's status: each holds it by foreign key.</summary>
    public const string Citations = """
        SELECT (SELECT count(*) FROM article_sources WHERE source_id = @Id) + (SELECT count(*) FROM blocks WHERE source_id = @Id)
             + (SELECT count(*) FROM dose_ranges WHERE source_id = @Id) + (SELECT count(*) FROM foods WHERE source_id = @Id)
             + (SELECT count(*) FROM interactions WHERE source_id = @Id) + (SELECT count(*) FROM side_effects WHERE source_id = @Id)
             + (SELECT count(*) FROM remedies WHERE source_id = @Id);
        """;
}
