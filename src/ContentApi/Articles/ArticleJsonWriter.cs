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
/// Writes the article aggregate from SQLite rows straight into UTF-8 JSON, with no string or record per row: member
/// names, order and null handling are those of <see cref="ArticleResponse"/> and the records it embeds, and values go
/// through the same <see cref="Utf8JsonWriter"/> calls the serializer makes. A test compares the output with the
/// serializer's for every combination of parts.
/// </summary>
internal static partial class ArticleJsonWriter
{
    /// <summary>One collection: its part, its member name, its statement and how its rows are written. The one table both the reads and the writes follow.</summary>
    private sealed record Collection(ArticleParts Part, string Member, string Sql, Action<Utf8JsonWriter, RawStatement> Write)
    {
        /// <summary>Whether the statement writes links, and so takes the <c>@LinkBase</c> they are written against.</summary>
        public bool WritesLinks { get; init; }

        public JsonEncodedText Name { get; } = JsonEncodedText.Encode(Member);

        public byte[] Statement { get; } = RawStatement.Encode(Sql);
    }

    /// <summary>In the order <see cref="ArticleResponse"/> declares them.</summary>
    private static readonly Collection[] Collections =
    [
        new(ArticleParts.Sections, "sections", ArticleJsonSql.Sections, WriteSections),
        new(ArticleParts.DoseRanges, "doseRanges", ArticleJsonSql.DoseRanges, WriteDoseRanges),
        new(ArticleParts.Foods, "foods", ArticleJsonSql.Foods, WriteFoods),
        new(ArticleParts.Interactions, "interactions", ArticleJsonSql.Interactions, WriteInteractions),
        new(ArticleParts.SideEffects, "sideEffects", ArticleJsonSql.SideEffects, WriteSideEffects),
        new(ArticleParts.Remedies, "remedies", ArticleJsonSql.Remedies, WriteRemedies),
        new(ArticleParts.RelatedArticles, "relatedArticles", ArticleJsonSql.RelatedArticles, WriteRelatedArticles) { WritesLinks = true },
        new(ArticleParts.Sources, "sources", ArticleJsonSql.Sources, WriteSources),
    ];

    private static readonly byte[] ArticleStatement = RawStatement.Encode(ArticleSql.Article);

    private static readonly byte[] PreviewArticleStatement = RawStatement.Encode(ArticleSql.ArticleIncludingDrafts);

    /// <summary>How many statements a whole-article read runs, whatever the article's size.</summary>
    public static int StatementCount => 1 + Collections.Length;

    /// <summary>The article's JSON with its links written against <c>linkBase</c> (<see cref="Links.PublicLinks"/>); null when there is none.</summary>
    public static ArticleJson? Read(
        Microsoft.Data.Sqlite.SqliteConnection connection, string slug, ArticleParts parts, string linkBase, ContentVisibility visibility, JsonWriterOptions options)
    {
        // The whole article is 63 KB today, and the writer asks for 4 KB ahead: a 64 KB start grew (a second rent and a
        // 61 KB copy) on every read. Both sizes come from the shared pool; a larger article still grows from it.
        var buffer = new PooledBufferWriter(128 * 1024);
        try
        {
            if (Write(connection, slug, parts, linkBase, visibility, options, buffer) is { } article)
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
    private static (long Id, DateTimeOffset LastModified)? Write(
        Microsoft.Data.Sqlite.SqliteConnection connection, string slug, ArticleParts parts, string linkBase, ContentVisibility visibility,
        JsonWriterOptions options, PooledBufferWriter buffer)
    {
        long articleId;
        DateTimeOffset lastModified;
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            var statement = visibility == ContentVisibility.Published ? ArticleStatement : PreviewArticleStatement;
            using (var article = RawStatement.Prepare(connection, statement).Bind("@Slug", slug))
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
                using (var rows = RawStatement.Prepare(connection, collection.Statement).Bind("@ArticleId", articleId))
                {
                    if (collection.WritesLinks)
                    {
                        rows.Bind("@LinkBase", linkBase);
                    }

                    collection.Write(writer, rows);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return (articleId, lastModified);
    }

    private static void WriteArticleMembers(Utf8JsonWriter writer, RawStatement row, string linkBase)
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
    private static void WriteHeroImage(Utf8JsonWriter writer, RawStatement row, int firstColumn, string linkBase)
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

    private static void WriteTextOrNull(Utf8JsonWriter writer, JsonEncodedText name, RawStatement row, int column)
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

    private static void WriteNumberOrNull(Utf8JsonWriter writer, JsonEncodedText name, RawStatement row, int column)
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

    private static void WriteIntegerOrNull(Utf8JsonWriter writer, JsonEncodedText name, RawStatement row, int column)
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

    private static void WriteTimestampOrNull(Utf8JsonWriter writer, JsonEncodedText name, RawStatement row, int column)
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
    private static void WriteTimestamp(Utf8JsonWriter writer, JsonEncodedText name, RawStatement row, int column) =>
        writer.WriteString(name, Timestamps.Parse(row.Utf8(column)));

    /// <summary>A NOT NULL text column (nullable ones go through <see cref="WriteTextOrNull"/>, which a null pointer tells apart).</summary>
    private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, RawStatement row, int column) =>
        writer.WriteString(name, row.Utf8(column));

    /// <summary>A JSON array SQLite built (json_group_array of names), re-written with the serializer's escaping.</summary>
    private static void WriteJsonArray(Utf8JsonWriter writer, JsonEncodedText name, RawStatement row, int column)
    {
        writer.WritePropertyName(name);
        JsonTranscoder.WriteValue(writer, row.Utf8(column));
    }

    private static void WriteSourceReference(Utf8JsonWriter writer, RawStatement row, int firstColumn)
    {
        writer.WriteStartObject(Names.Source);
        WriteText(writer, Names.Key, row, firstColumn);
        WriteText(writer, Names.Title, row, firstColumn + 1);
        WriteText(writer, Names.Publisher, row, firstColumn + 2);
        WriteTextOrNull(writer, Names.Url, row, firstColumn + 3);
        writer.WriteEndObject();
    }
}
