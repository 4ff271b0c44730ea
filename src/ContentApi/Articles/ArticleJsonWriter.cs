using System.Text.Json;
using ContentApi.Database;
using ContentApi.Json;
using ContentApi.Media;
using ContentApi.Preview;
using Names = ContentApi.Articles.ArticleJsonNames;

namespace ContentApi.Articles;

/// <summary>
/// The article as the exact UTF-8 JSON the API serves — what the serializer writes for the <see cref="ArticleResponse"/>,
/// byte for byte — in a pooled buffer that is returned when this is disposed.
/// </summary>
public sealed class ArticleJson : IDisposable
{
    private readonly PooledBufferWriter _buffer;

    internal ArticleJson(PooledBufferWriter buffer, long id, DateTimeOffset lastModified)
    {
        _buffer = buffer;
        Id = id;
        LastModified = lastModified;
    }

    public ReadOnlyMemory<byte> Utf8Json => _buffer.WrittenMemory;

    /// <summary>The article's id, which names the content scope it was read from.</summary>
    public long Id { get; }

    /// <summary>When that scope last changed, read with the content.</summary>
    public DateTimeOffset LastModified { get; }

    public void Dispose() => _buffer.Dispose();
}

/// <summary>
/// Writes the article aggregate from database rows straight into UTF-8 JSON, with no string or record per row: member
/// names, order and null handling are those of <see cref="ArticleResponse"/> and the records it embeds, and values go
/// through the same <see cref="Utf8JsonWriter"/> calls the serializer makes. A test compares the output with the
/// serializer's for every combination of parts, and the engine parity tests compare SQLite's bytes with PostgreSQL's.
/// </summary>
internal static partial class ArticleJsonWriter
{
    /// <summary>One collection: its part, its member name and its statement in each engine. The one table both the reads and the writes follow.</summary>
    internal sealed record Collection(ArticleParts Part, string Member, string Sql, string PostgreSql)
    {
        /// <summary>Whether the statement writes links, and so takes the <c>@LinkBase</c> they are written against.</summary>
        public bool WritesLinks { get; init; }

        public JsonEncodedText Name { get; } = JsonEncodedText.Encode(Member);

        public byte[] Statement { get; } = RawStatement.Encode(Sql);
    }

    /// <summary>In the order <see cref="ArticleResponse"/> declares them.</summary>
    private static readonly Collection[] Collections =
    [
        new(ArticleParts.Sections, "sections", ArticleJsonSql.Sections, ArticleJsonSql.PostgreSql.Sections),
        new(ArticleParts.DoseRanges, "doseRanges", ArticleJsonSql.DoseRanges, ArticleJsonSql.DoseRanges),
        new(ArticleParts.Foods, "foods", ArticleJsonSql.Foods, ArticleJsonSql.Foods),
        new(ArticleParts.Interactions, "interactions", ArticleJsonSql.Interactions, ArticleJsonSql.PostgreSql.Interactions),
        new(ArticleParts.SideEffects, "sideEffects", ArticleJsonSql.SideEffects, ArticleJsonSql.SideEffects),
        new(ArticleParts.Remedies, "remedies", ArticleJsonSql.Remedies, ArticleJsonSql.PostgreSql.Remedies),
        new(ArticleParts.RelatedArticles, "relatedArticles", ArticleJsonSql.RelatedArticles, ArticleJsonSql.RelatedArticles) { WritesLinks = true },
        new(ArticleParts.Sources, "sources", ArticleJsonSql.Sources, ArticleJsonSql.Sources),
    ];

    /// <summary>How many statements a whole-article read runs, whatever the article's size.</summary>
    public static int StatementCount => 1 + Collections.Length;

    /// <summary>The article's JSON read from SQLite, with its links written against <c>linkBase</c> (<see cref="Links.PublicLinks"/>); null when there is none.</summary>
    public static ArticleJson? Read(
        Microsoft.Data.Sqlite.SqliteConnection connection, string slug, ArticleParts parts, string linkBase, ContentVisibility visibility, JsonWriterOptions options) =>
        Read<SqliteStatements, RawStatement>(new SqliteStatements(connection), slug, parts, linkBase, visibility, options);

    /// <summary>The same JSON, byte for byte, read from PostgreSQL.</summary>
    public static async Task<ArticleJson?> ReadAsync(
        Npgsql.NpgsqlConnection connection, string slug, ArticleParts parts, string linkBase, ContentVisibility visibility, JsonWriterOptions options,
        CancellationToken cancellationToken) =>
        Read<PostgreSqlStatements, BufferedArticleRow>(
            await PostgreSqlStatements.LoadAsync(connection, slug, parts, linkBase, visibility, cancellationToken), slug, parts, linkBase, visibility, options);

    private static ArticleJson? Read<TStatements, TRow>(
        TStatements statements, string slug, ArticleParts parts, string linkBase, ContentVisibility visibility, JsonWriterOptions options)
        where TStatements : struct, IArticleStatements<TRow>
        where TRow : struct, IArticleRow
    {
        // The whole article is 63 KB today, and the writer asks for 4 KB ahead: a 64 KB start grew (a second rent and a
        // 61 KB copy) on every read. Both sizes come from the shared pool; a larger article still grows from it.
        var buffer = new PooledBufferWriter(128 * 1024);
        try
        {
            if (Write<TStatements, TRow>(statements, slug, parts, linkBase, visibility, options, buffer) is { } article)
            {
                return new ArticleJson(buffer, article.Id, article.LastModified);
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        buffer.Dispose();
        return null;
    }

    /// <summary>Writes the article into <paramref name="buffer"/>; null when there is no such published article (or, in a preview, none at all).</summary>
    private static (long Id, DateTimeOffset LastModified)? Write<TStatements, TRow>(
        TStatements statements, string slug, ArticleParts parts, string linkBase, ContentVisibility visibility,
        JsonWriterOptions options, PooledBufferWriter buffer)
        where TStatements : struct, IArticleStatements<TRow>
        where TRow : struct, IArticleRow
    {
        long articleId;
        DateTimeOffset lastModified;
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            using (var article = statements.Article(visibility, slug))
            {
                if (!article.Read())
                {
                    return null;
                }

                articleId = article.Int64(0);
                lastModified = Timestamps.Parse(article.Utf8(ArticleSql.ScopeUpdatedAtColumn));
                writer.WriteStartObject();
                WriteArticleMembers(writer, article, linkBase);
            }

            foreach (var collection in Collections.Where(collection => parts.HasFlag(collection.Part)))
            {
                writer.WritePropertyName(collection.Name);
                writer.WriteStartArray();
                using (var rows = statements.Collection(collection, articleId, linkBase))
                {
                    WriteRows(writer, collection.Part, rows);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return (articleId, lastModified);
    }

    /// <summary>A collection's rows as its array's items (a switch, where a delegate could not be generic over the row).</summary>
    private static void WriteRows<TRow>(Utf8JsonWriter writer, ArticleParts part, TRow rows)
        where TRow : struct, IArticleRow
    {
        switch (part)
        {
            case ArticleParts.Sections: WriteSections(writer, rows); break;
            case ArticleParts.DoseRanges: WriteDoseRanges(writer, rows); break;
            case ArticleParts.Foods: WriteFoods(writer, rows); break;
            case ArticleParts.Interactions: WriteInteractions(writer, rows); break;
            case ArticleParts.SideEffects: WriteSideEffects(writer, rows); break;
            case ArticleParts.Remedies: WriteRemedies(writer, rows); break;
            case ArticleParts.RelatedArticles: WriteRelatedArticles(writer, rows); break;
            case ArticleParts.Sources: WriteSources(writer, rows); break;
            default: throw new ArgumentOutOfRangeException(nameof(part), part, "Not one collection.");
        }
    }

    private static void WriteArticleMembers<TRow>(Utf8JsonWriter writer, TRow row, string linkBase)
        where TRow : struct, IArticleRow
    {
        writer.WriteNumber(Names.Id, row.Int64(0));
        WriteText(writer, Names.Slug, row, 1);
        WriteText(writer, Names.Title, row, 2);
        WriteText(writer, Names.Summary, row, 3);
        WriteText(writer, Names.Category, row, 4);
        WriteHeroImage(writer, row, ArticleSql.HeroImageColumn, linkBase);
        WriteText(writer, Names.Status, row, 5);
        WriteTimestampOrNull(writer, Names.PublishedAt, row, 6);
        WriteTimestamp(writer, Names.UpdatedAt, row, 7);
        WriteTimestampOrNull(writer, Names.LastReviewedAt, row, 8);
        WriteTimestampOrNull(writer, Names.NextReviewAt, row, 9);
        WriteText(writer, Names.Disclaimer, row, 10);
        writer.WriteNumber(Names.Version, row.Int64(11));
        writer.WriteNumber(Names.CommentCount, row.Int64(ArticleSql.CommentCountColumn));
    }

    /// <summary>
    /// The hero image as <see cref="HeroImage"/> serializes: its URLs are those <see cref="MediaRenditions"/> lists for
    /// the summary read, written against the link base (a few short strings; no query beyond the article row's join).
    /// </summary>
    private static void WriteHeroImage<TRow>(Utf8JsonWriter writer, TRow row, int firstColumn, string linkBase)
        where TRow : struct, IArticleRow
    {
        if (row.IsNull(firstColumn))
        {
            writer.WriteNull(Names.HeroImage);
            return;
        }

        var id = row.Int64(firstColumn);
        var name = System.Text.Encoding.UTF8.GetString(row.Utf8(firstColumn + 1));
        var width = (int)row.Int64(firstColumn + 3);
        var height = (int)row.Int64(firstColumn + 4);
        writer.WriteStartObject(Names.HeroImage);
        writer.WriteString(Names.Url, linkBase + MediaRenditions.Path(id, name));
        WriteText(writer, Names.Alt, row, firstColumn + 2);
        writer.WriteNumber(Names.Width, width);
        writer.WriteNumber(Names.Height, height);
        writer.WriteStartArray(Names.Renditions);
        foreach (var rendition in MediaRenditions.For(id, name, width, height, linkBase))
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Url, rendition.Url);
            writer.WriteNumber(Names.Width, rendition.Width);
            writer.WriteNumber(Names.Height, rendition.Height);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTextOrNull<TRow>(Utf8JsonWriter writer, JsonEncodedText name, TRow row, int column)
        where TRow : struct, IArticleRow
    {
        if (row.TryUtf8(column, out var text))
        {
            writer.WriteString(name, text);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumberOrNull<TRow>(Utf8JsonWriter writer, JsonEncodedText name, TRow row, int column)
        where TRow : struct, IArticleRow
    {
        if (row.IsNull(column))
        {
            writer.WriteNull(name);
        }
        else
        {
            JsonNumbers.WriteDouble(writer, name, row.Double(column));
        }
    }

    private static void WriteIntegerOrNull<TRow>(Utf8JsonWriter writer, JsonEncodedText name, TRow row, int column)
        where TRow : struct, IArticleRow
    {
        if (row.IsNull(column))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, row.Int64(column));
        }
    }

    private static void WriteTimestampOrNull<TRow>(Utf8JsonWriter writer, JsonEncodedText name, TRow row, int column)
        where TRow : struct, IArticleRow
    {
        if (row.TryUtf8(column, out var text))
        {
            writer.WriteString(name, Timestamps.Parse(text));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A stored timestamp as the serializer writes the <see cref="DateTimeOffset"/> the typed read made of it.</summary>
    private static void WriteTimestamp<TRow>(Utf8JsonWriter writer, JsonEncodedText name, TRow row, int column)
        where TRow : struct, IArticleRow =>
        writer.WriteString(name, Timestamps.Parse(row.Utf8(column)));

    /// <summary>A NOT NULL text column (nullable ones go through <see cref="WriteTextOrNull"/>, which a null pointer tells apart).</summary>
    private static void WriteText<TRow>(Utf8JsonWriter writer, JsonEncodedText name, TRow row, int column)
        where TRow : struct, IArticleRow =>
        writer.WriteString(name, row.Utf8(column));

    /// <summary>A JSON array SQLite built (json_group_array of names), re-written with the serializer's escaping.</summary>
    private static void WriteJsonArray<TRow>(Utf8JsonWriter writer, JsonEncodedText name, TRow row, int column)
        where TRow : struct, IArticleRow
    {
        writer.WritePropertyName(name);
        JsonTranscoder.WriteValue(writer, row.Utf8(column));
    }

    private static void WriteSourceReference<TRow>(Utf8JsonWriter writer, TRow row, int firstColumn)
        where TRow : struct, IArticleRow
    {
        writer.WriteStartObject(Names.Source);
        WriteText(writer, Names.Key, row, firstColumn);
        WriteText(writer, Names.Title, row, firstColumn + 1);
        WriteText(writer, Names.Publisher, row, firstColumn + 2);
        WriteTextOrNull(writer, Names.Url, row, firstColumn + 3);
        writer.WriteEndObject();
    }
}
