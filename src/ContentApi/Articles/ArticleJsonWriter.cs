using System.Text.Json;
using ContentApi.Database;
using ContentApi.Json;

namespace ContentApi.Articles;

/// <summary>The article as the exact UTF-8 JSON the API serves, and the Last-Modified of what it covers.</summary>
/// <param name="Utf8Json">What the serializer would write for the <see cref="ArticleResponse"/>, byte for byte.</param>
/// <param name="UpdatedAt">The newest change anywhere in the article (its <c>updatedAt</c>).</param>
public sealed record ArticleJson(byte[] Utf8Json, DateTimeOffset UpdatedAt);

/// <summary>Assembles <see cref="ArticleJson"/> from a row of <see cref="ArticleJsonSql.Aggregate"/>.</summary>
internal static class ArticleJsonWriter
{
    private static readonly JsonEncodedText[] CollectionMembers =
        ArticleJsonSql.Collections.Select(collection => JsonEncodedText.Encode(collection.Member)).ToArray();

    public static ArticleJson Write(Utf8Query.Row row, ArticleParts parts, JsonWriterOptions options)
    {
        // A whole article fits in 64 KB today; a larger one grows the buffer from the pool.
        using var buffer = new PooledBufferWriter(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            JsonTranscoder.WriteMembers(writer, row.Column(0));
            var column = 2;
            for (var index = 0; index < ArticleJsonSql.Collections.Length; index++)
            {
                if (parts.HasFlag(ArticleJsonSql.Collections[index].Part))
                {
                    writer.WritePropertyName(CollectionMembers[index]);
                    JsonTranscoder.WriteValue(writer, row.Column(column++));
                }
            }

            writer.WriteEndObject();
        }

        return new ArticleJson(buffer.ToArray(), Timestamps.Parse(row.Text(1)));
    }
}
