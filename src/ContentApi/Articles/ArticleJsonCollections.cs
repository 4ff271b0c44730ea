using System.Text.Json;
using ContentApi.Database;
using ContentApi.Json;
using Names = ContentApi.Articles.ArticleJsonNames;

namespace ContentApi.Articles;

/// <summary>How each collection's rows (columns as in <see cref="ArticleJsonSql"/>) become its JSON array's items.</summary>
internal static partial class ArticleJsonWriter
{
    /// <summary>One row per block, sections in order: a section's object stays open until the rows move to the next.</summary>
    private static void WriteSections<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
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
                WriteText(writer, Names.Key, rows, 1);
                writer.WriteNumber(Names.Position, rows.Int64(2));
                WriteText(writer, Names.Heading, rows, 3);
                writer.WriteStartArray(Names.Blocks);
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
    private static void WriteBlock<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        writer.WriteStartObject();
        WriteText(writer, Names.Type, rows, 5);
        WriteTextOrNull(writer, Names.Text, rows, 6);
        if (!rows.IsNull(7))
        {
            WriteText(writer, Names.Style, rows, 7);
        }

        if (!rows.IsNull(8))
        {
            WriteJsonArray(writer, Names.Items, rows, 8);
        }

        WriteTextOrNull(writer, Names.SourceKey, rows, 9);
        writer.WriteEndObject();
    }

    private static void WriteDoseRanges<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber(Names.Id, rows.Int64(0));
            WriteText(writer, Names.Substance, rows, 1);
            WriteText(writer, Names.Form, rows, 2);
            WriteText(writer, Names.Route, rows, 3);
            WriteText(writer, Names.Kind, rows, 4);
            WriteText(writer, Names.Sex, rows, 5);
            WriteText(writer, Names.LifeStage, rows, 6);
            writer.WriteStartObject(Names.AgeBand);
            writer.WriteNumber(Names.MinMonths, rows.Int64(7));
            WriteIntegerOrNull(writer, Names.MaxMonths, rows, 8);
            WriteText(writer, Names.Label, rows, 9);
            writer.WriteEndObject();
            writer.WriteStartObject(Names.Amount);
            WriteNumberOrNull(writer, Names.Min, rows, 10);
            WriteNumberOrNull(writer, Names.Max, rows, 11);
            WriteText(writer, Names.Unit, rows, 12);
            WriteText(writer, Names.Per, rows, 13);
            writer.WriteEndObject();
            WriteText(writer, Names.AppliesTo, rows, 14);
            WriteTextOrNull(writer, Names.Note, rows, 15);
            WriteSourceReference(writer, rows, 16);
            WriteTimestamp(writer, Names.UpdatedAt, rows, 20);
            writer.WriteEndObject();
        }
    }

    private static void WriteFoods<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber(Names.Id, rows.Int64(0));
            WriteText(writer, Names.Name, rows, 1);
            WriteText(writer, Names.Serving, rows, 2);
            WriteText(writer, Names.Nutrient, rows, 3);
            JsonNumbers.WriteDouble(writer, Names.AmountMg, rows.Double(4));
            WriteNumberOrNull(writer, Names.AmountMaxMg, rows, 5);
            writer.WriteNumber(Names.PercentDailyValue, rows.Int64(6));
            WriteSourceReference(writer, rows, 7);
            WriteTimestamp(writer, Names.UpdatedAt, rows, 11);
            writer.WriteEndObject();
        }
    }

    /// <summary>Spacing is null unless hours before or after are known, as the typed read decides.</summary>
    private static void WriteInteractions<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber(Names.Id, rows.Int64(0));
            WriteText(writer, Names.Kind, rows, 1);
            WriteText(writer, Names.Name, rows, 2);
            WriteTextOrNull(writer, Names.DrugClass, rows, 3);
            WriteJsonArray(writer, Names.Examples, rows, 4);
            WriteText(writer, Names.Mechanism, rows, 5);
            WriteText(writer, Names.Guidance, rows, 6);
            if (rows.IsNull(7) && rows.IsNull(8))
            {
                writer.WriteNull(Names.Spacing);
            }
            else
            {
                writer.WriteStartObject(Names.Spacing);
                WriteNumberOrNull(writer, Names.MedicineHoursBeforeMagnesium, rows, 7);
                WriteNumberOrNull(writer, Names.MedicineHoursAfterMagnesium, rows, 8);
                WriteNumberOrNull(writer, Names.MedicineHoursAfterMagnesiumUpTo, rows, 9);
                writer.WriteEndObject();
            }

            WriteText(writer, Names.Severity, rows, 10);
            WriteSourceReference(writer, rows, 11);
            WriteTimestamp(writer, Names.UpdatedAt, rows, 15);
            writer.WriteEndObject();
        }
    }

    private static void WriteSideEffects<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber(Names.Id, rows.Int64(0));
            WriteText(writer, Names.Name, rows, 1);
            WriteText(writer, Names.Severity, rows, 2);
            WriteText(writer, Names.Description, rows, 3);
            WriteSourceReference(writer, rows, 4);
            WriteTimestamp(writer, Names.UpdatedAt, rows, 8);
            writer.WriteEndObject();
        }
    }

    private static void WriteRemedies<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber(Names.Id, rows.Int64(0));
            WriteText(writer, Names.Kind, rows, 1);
            WriteText(writer, Names.Name, rows, 2);
            WriteText(writer, Names.Description, rows, 3);
            WriteJsonArray(writer, Names.Examples, rows, 4);
            WriteTextOrNull(writer, Names.EvidenceLevel, rows, 5);
            WriteTextOrNull(writer, Names.DependenceNote, rows, 6);
            WriteTextOrNull(writer, Names.AugmentationNote, rows, 7);
            WriteSourceReference(writer, rows, 8);
            WriteTimestamp(writer, Names.UpdatedAt, rows, 12);
            writer.WriteEndObject();
        }
    }

    private static void WriteRelatedArticles<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            WriteText(writer, Names.Title, rows, 0);
            WriteTextOrNull(writer, Names.Slug, rows, 1);
            WriteTextOrNull(writer, Names.Href, rows, 2);
            WriteTextOrNull(writer, Names.SectionKey, rows, 3);
            writer.WriteEndObject();
        }
    }

    private static void WriteSources<TRow>(Utf8JsonWriter writer, TRow rows)
        where TRow : struct, IArticleRow
    {
        while (rows.Read())
        {
            writer.WriteStartObject();
            writer.WriteNumber(Names.Id, rows.Int64(0));
            WriteText(writer, Names.Key, rows, 1);
            WriteText(writer, Names.Title, rows, 2);
            WriteText(writer, Names.Publisher, rows, 3);
            WriteTextOrNull(writer, Names.Url, rows, 4);
            WriteTextOrNull(writer, Names.Citation, rows, 5);
            WriteTimestamp(writer, Names.UpdatedAt, rows, 6);
            writer.WriteEndObject();
        }
    }
}
