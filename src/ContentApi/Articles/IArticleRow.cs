using System.Data.Common;
using System.Text;

namespace ContentApi.Articles;

/// <summary>
/// The row <see cref="ArticleJsonWriter"/> reads, column by column. The writer is generic over a struct that implements
/// this, so the JIT compiles it once per engine with direct calls: SQLite's <see cref="Database.RawStatement"/> is read
/// exactly as it was before there was a second engine (no interface dispatch or boxing per column). Disposing the
/// row ends its statement.
/// </summary>
internal interface IArticleRow : IDisposable
{
    /// <summary>Steps to the next row; false after the last.</summary>
    bool Read();

    bool IsNull(int column);

    long Int64(int column);

    double Double(int column);

    /// <summary>A non-null text column's UTF-8 bytes, valid until the next call on this row.</summary>
    ReadOnlySpan<byte> Utf8(int column);

    /// <summary>A nullable text column's UTF-8 bytes; false for NULL.</summary>
    bool TryUtf8(int column, out ReadOnlySpan<byte> value);
}

/// <summary>
/// A PostgreSQL result read as an <see cref="IArticleRow"/>. Npgsql hands out text as strings, so each text column is
/// encoded to UTF-8 here: an allocation per column that the SQLite path, which reads in place, does not make.
/// </summary>
internal readonly struct DataReaderArticleRow(DbCommand command, DbDataReader reader) : IArticleRow
{
    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
    }

    public bool Read() => reader.Read();

    public bool IsNull(int column) => reader.IsDBNull(column);

    // Ids are bigint, positions and counts integer: widened here, as SQLite's column reader does.
    public long Int64(int column) => Convert.ToInt64(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

    public double Double(int column) => reader.GetDouble(column);

    public ReadOnlySpan<byte> Utf8(int column) => Encoding.UTF8.GetBytes(reader.GetString(column));

    public bool TryUtf8(int column, out ReadOnlySpan<byte> value)
    {
        if (reader.IsDBNull(column))
        {
            value = default;
            return false;
        }

        value = Utf8(column);
        return true;
    }
}
