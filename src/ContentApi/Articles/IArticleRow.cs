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
/// Rows already read from PostgreSQL (asynchronously, before the writer starts), as an <see cref="IArticleRow"/>.
/// Npgsql hands out text as strings, so each text column is encoded to UTF-8 here: an allocation per column that the
/// SQLite path, which reads in place, does not make.
/// </summary>
internal readonly struct BufferedArticleRow(BufferedArticleRow.Cursor cursor) : IArticleRow
{
    /// <summary>The rows and the position in them, shared by every copy of the struct the writer passes on.</summary>
    internal sealed class Cursor(IReadOnlyList<object?[]> rows)
    {
        public IReadOnlyList<object?[]> Rows { get; } = rows;

        public int Index { get; set; } = -1;

        public object? this[int column] => Rows[Index][column];
    }

    public void Dispose()
    {
    }

    public bool Read() => ++cursor.Index < cursor.Rows.Count;

    public bool IsNull(int column) => cursor[column] is null or DBNull;

    // Ids are bigint, positions and counts integer: widened here, as SQLite's column reader does.
    public long Int64(int column) => Convert.ToInt64(cursor[column], System.Globalization.CultureInfo.InvariantCulture);

    public double Double(int column) => Convert.ToDouble(cursor[column], System.Globalization.CultureInfo.InvariantCulture);

    public ReadOnlySpan<byte> Utf8(int column) => Encoding.UTF8.GetBytes((string)cursor[column]!);

    public bool TryUtf8(int column, out ReadOnlySpan<byte> value)
    {
        if (IsNull(column))
        {
            value = default;
            return false;
        }

        value = Utf8(column);
        return true;
    }
}
