namespace ContentApi.Media;

/// <summary>SQL of the media library; every statement names its columns.</summary>
internal static class MediaSql
{
    public const string Columns = """
        m.id AS Id, m.name AS Name, m.sha256 AS Sha256, m.format AS Format, m.width AS Width, m.height AS Height,
        m.bytes AS Bytes, m.alt AS Alt, m.created_at AS CreatedAt
        """;

    public const string Insert = """
        INSERT INTO media (name, sha256, format, width, height, bytes, alt, created_at, key_name)
        VALUES (@Name, @Sha256, @Format, @Width, @Height, @Bytes, @Alt, @CreatedAt, @KeyName)
        RETURNING id;
        """;

    public const string Find = $"SELECT {Columns} FROM media m WHERE m.id = @Id;";

    /// <summary>The articles (drafts too) whose hero image it is, by slug: what a delete must wait for.</summary>
    public const string UsedBy = "SELECT slug FROM articles WHERE hero_media_id = @Id ORDER BY slug;";

    public const string Delete = "DELETE FROM media WHERE id = @Id;";

    /// <summary>Whether another upload still has the same stored file (same bytes after cleaning).</summary>
    public const string FileShared = "SELECT EXISTS (SELECT 1 FROM media WHERE sha256 = @Sha256);";
}
