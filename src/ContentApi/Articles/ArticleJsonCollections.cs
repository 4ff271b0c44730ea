using System.Text.Json;
using ContentApi.Database;

namespace ContentApi.Articles;

/// <summary>How each collection's rows (columns as in <see cref="ArticleJsonSql"/>) become its JSON array's items.</summary>
internal static partial class ArticleJsonWriter
{
    /// <summary>One row per block, sections in order: a section's object stays open until the rows move to the next.</summary>
    private static void WriteSections(Utf8JsonWriter writer, RawStatement rows)
    {
        long? section = null;
        while (rows.Read())
        {
            if (rows.Int64(0) != section)
            {
                if (section is not null)
                {
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                section = rows.Int64(0);
                writer.WriteStartObject();
                WriteText(writer, "key"u8, rows, 1);
                writer.WriteNumber("position"u8, rows.Int64(2));
                WriteText(writer, "heading"u8, rows, 3);
                writer.WriteStartArray("blocks"u8);
            }

            if (!rows.IsNull(4))
            {
                WriteBlock(writer, rows);
            }
        }

        if (section is not null)
        {
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    /// <summary>Style and items are left out when null, as <see cref="BlockResponse"/> says; items exist for lists only.</summary>
    private static void WriteBlock(Utf8JsonWriter writer, RawStatement rows)
    {
        writer.WriteStartObject();
        WriteText(writer, "type"u8, rows, 5);
        WriteTextOrNull(writer, "text"u8, rows, 6);
        if (!rows.IsNull(7))
        {
            WriteText(writer, "style"u8, rows, 7);
        }

        if (!rows.IsNull(8))
        {
            WriteJsonArray(writer, "items"u8, rows, 8);
        }

        WriteTextOrNull(writer, "sourceKey"u8, rows, 9);
        writer.WriteEndObject();
    }

    private static void WriteDoseRanges(Utf8JsonWriter writer, RawStatement rows)
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, rows.Int64(0));
            WriteText(writer, "substance"u8, rows, 1);
            WriteText(writer, "form"u8, rows, 2);
            WriteText(writer, "route"u8, rows, 3);
            WriteText(writer, "kind"u8, rows, 4);
            WriteText(writer, "sex"u8, rows, 5);
            WriteText(writer, "lifeStage"u8, rows, 6);
            writer.WriteStartObject("ageBand"u8);
            writer.WriteNumber("minMonths"u8, rows.Int64(7));
            WriteIntegerOrNull(writer, "maxMonths"u8, rows, 8);
            WriteText(writer, "label"u8, rows, 9);
            writer.WriteEndObject();
            writer.WriteStartObject("amount"u8);
            WriteNumberOrNull(writer, "min"u8, rows, 10);
            WriteNumberOrNull(writer, "max"u8, rows, 11);
            WriteText(writer, "unit"u8, rows, 12);
            WriteText(writer, "per"u8, rows, 13);
            writer.WriteEndObject();
            WriteText(writer, "appliesTo"u8, rows, 14);
            WriteTextOrNull(writer, "note"u8, rows, 15);
            WriteSourceReference(writer, rows, 16);
            WriteTimestamp(writer, "updatedAt"u8, rows, 20);
            writer.WriteEndObject();
        }
    }

    private static void WriteFoods(Utf8JsonWriter writer, RawStatement rows)
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, rows.Int64(0));
            WriteText(writer, "name"u8, rows, 1);
            WriteText(writer, "serving"u8, rows, 2);
            WriteText(writer, "nutrient"u8, rows, 3);
            writer.WriteNumber("amountMg"u8, rows.Double(4));
            WriteNumberOrNull(writer, "amountMaxMg"u8, rows, 5);
            writer.WriteNumber("percentDailyValue"u8, rows.Int64(6));
            WriteSourceReference(writer, rows, 7);
            WriteTimestamp(writer, "updatedAt"u8, rows, 11);
            writer.WriteEndObject();
        }
    }

    /// <summary>Spacing is null unless hours before or after are known, as the typed read decides.</summary>
    private static void WriteInteractions(Utf8JsonWriter writer, RawStatement rows)
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, rows.Int64(0));
            WriteText(writer, "kind"u8, rows, 1);
            WriteText(writer, "name"u8, rows, 2);
            WriteTextOrNull(writer, "drugClass"u8, rows, 3);
            WriteJsonArray(writer, "examples"u8, rows, 4);
            WriteText(writer, "mechanism"u8, rows, 5);
            WriteText(writer, "guidance"u8, rows, 6);
            if (rows.IsNull(7) && rows.IsNull(8))
            {
                writer.WriteNull("spacing"u8);
            }
            else
            {
                writer.WriteStartObject("spacing"u8);
                WriteNumberOrNull(writer, "medicineHoursBeforeMagnesium"u8, rows, 7);
                WriteNumberOrNull(writer, "medicineHoursAfterMagnesium"u8, rows, 8);
                WriteNumberOrNull(writer, "medicineHoursAfterMagnesiumUpTo"u8, rows, 9);
                writer.WriteEndObject();
            }

            WriteText(writer, "severity"u8, rows, 10);
            WriteSourceReference(writer, rows, 11);
            WriteTimestamp(writer, "updatedAt"u8, rows, 15);
            writer.WriteEndObject();
        }
    }

    private static void WriteSideEffects(Utf8JsonWriter writer, RawStatement rows)
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, rows.Int64(0));
            WriteText(writer, "name"u8, rows, 1);
            WriteText(writer, "severity"u8, rows, 2);
            WriteText(writer, "description"u8, rows, 3);
            WriteSourceReference(writer, rows, 4);
            WriteTimestamp(writer, "updatedAt"u8, rows, 8);
            writer.WriteEndObject();
        }
    }

    private static void WriteRemedies(Utf8JsonWriter writer, RawStatement rows)
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, rows.Int64(0));
            WriteText(writer, "kind"u8, rows, 1);
            WriteText(writer, "name"u8, rows, 2);
            WriteText(writer, "description"u8, rows, 3);
            WriteJsonArray(writer, "examples"u8, rows, 4);
            WriteTextOrNull(writer, "evidenceLevel"u8, rows, 5);
            WriteTextOrNull(writer, "dependenceNote"u8, rows, 6);
            WriteTextOrNull(writer, "augmentationNote"u8, rows, 7);
            WriteSourceReference(writer, rows, 8);
            WriteTimestamp(writer, "updatedAt"u8, rows, 12);
            writer.WriteEndObject();
        }
    }

    private static void WriteRelatedArticles(Utf8JsonWriter writer, RawStatement rows)
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            WriteText(writer, "title"u8, rows, 0);
            WriteTextOrNull(writer, "slug"u8, rows, 1);
            WriteTextOrNull(writer, "href"u8, rows, 2);
            WriteTextOrNull(writer, "sectionKey"u8, rows, 3);
            writer.WriteEndObject();
        }
    }

    private static void WriteSources(Utf8JsonWriter writer, RawStatement rows)
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, rows.Int64(0));
            WriteText(writer, "key"u8, rows, 1);
            WriteText(writer, "title"u8, rows, 2);
            WriteText(writer, "publisher"u8, rows, 3);
            WriteTextOrNull(writer, "url"u8, rows, 4);
            WriteTextOrNull(writer, "citation"u8, rows, 5);
            WriteTimestamp(writer, "updatedAt"u8, rows, 6);
            writer.WriteEndObject();
        }
    }
}
