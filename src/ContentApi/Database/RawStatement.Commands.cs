using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ContentApi.Database;

/// <summary>
/// Commands (writes, and the scalar reads beside them) run on statements kept on the pooled connection, as the article
/// read's are. Microsoft.Data.Sqlite prepares a command anew every time, and preparing a write compiles the program of
/// every trigger it fires: a block save spent 3.4 of its 4.6 ms of SQL preparing (updating the article row: 690 µs to
/// prepare, 125 µs to run), under the lock every writer waits on. Parameters bind by name from the properties of an
/// object, as Dapper binds them, and hold the same values Dapper and Microsoft.Data.Sqlite would send.
/// </summary>
internal readonly partial struct RawStatement
{
    // Command texts are constants, or built from a few constants: a few dozen in all. Past the bound a text is encoded
    // per call and so never found again; its statements are still kept, up to the per-connection limits.
    private const int EncodedTextsKept = 512;

    private static readonly ConcurrentDictionary<string, byte[]> EncodedTexts = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> ParameterProperties = new();

    /// <summary>Runs every statement of <paramref name="sql"/>; the rows they changed (triggers' changes not counted), as ExecuteNonQuery counts them.</summary>
    public static int Execute(SqliteConnection connection, string sql, object? parameters)
    {
        var (kept, statements) = PrepareAll(connection, EncodedText(sql));
        var changed = 0;
        try
        {
            foreach (var statement in statements)
            {
                var step = new RawStatement(connection, kept, statement).BoundFrom(parameters);
                while (step.Read())
                {
                }

                if (raw.sqlite3_stmt_readonly(statement) == 0)
                {
                    changed += raw.sqlite3_changes(connection.Handle!);
                }
            }
        }
        finally
        {
            Release(kept, statements);
        }

        return changed;
    }

    /// <summary>The first column of the first row of the one statement in <paramref name="sql"/> (null when there is none); the statement runs to its end.</summary>
    public static object? Scalar(SqliteConnection connection, string sql, object? parameters)
    {
        var (kept, statements) = PrepareAll(connection, EncodedText(sql));
        try
        {
            if (statements.Length != 1)
            {
                throw new ArgumentException("A scalar command holds one statement.", nameof(sql));
            }

            var step = new RawStatement(connection, kept, statements[0]).BoundFrom(parameters);
            object? value = null;
            if (step.Read())
            {
                value = step.Value(0);
                while (step.Read())
                {
                }
            }

            return value;
        }
        finally
        {
            Release(kept, statements);
        }
    }

    private static byte[] EncodedText(string sql) => EncodedTexts.TryGetValue(sql, out var encoded) ? encoded
        : EncodedTexts.Count < EncodedTextsKept ? EncodedTexts.GetOrAdd(sql, Encode) : Encode(sql);

    /// <summary>Binds each parameter the statement names (<c>@Name</c>) to the property of that name (any case), as Dapper does.</summary>
    private RawStatement BoundFrom(object? parameters)
    {
        var values = (parameters as ItemParameters)?.Values;
        var source = parameters is ItemParameters item ? item.Item : parameters;
        var properties = source is null ? null : ParameterProperties.GetOrAdd(source.GetType(), PropertiesOf);
        var count = raw.sqlite3_bind_parameter_count(_statement);
        for (var index = 1; index <= count; index++)
        {
            var name = raw.sqlite3_bind_parameter_name(_statement, index).utf8_to_string()[1..];
            object? value;
            if (values is not null && values.TryGetValue(name, out var given))
            {
                value = given;
            }
            else if (properties is not null && properties.TryGetValue(name, out var property))
            {
                value = property.GetValue(source);
            }
            else
            {
                throw new InvalidOperationException($"No value was given for the parameter @{name}.");
            }

            Check(Bind(index, value), _connection.Handle!);
        }

        return this;
    }

    private static Dictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0)
            .ToDictionary(property => property.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The value as Microsoft.Data.Sqlite stores it from a Dapper parameter: numbers as integers or reals, booleans and
    /// enums as integers, timestamps as <see cref="TimestampHandler"/> writes them. Any other type is refused rather than
    /// guessed: a list parameter (<c>IN @Ids</c>) needs Dapper's expansion, so its command stays with Dapper.
    /// </summary>
    private int Bind(int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text(_statement, index, text),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        long or int or short or byte or sbyte or uint or ushort => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        Enum => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float => raw.sqlite3_bind_double(_statement, index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        DateTimeOffset time => raw.sqlite3_bind_text(_statement, index, TimestampHandler.Text(time)),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        IEnumerable => throw new NotSupportedException("A list parameter needs Dapper's expansion (IN @Ids): run that command with Dapper."),
        _ => throw new NotSupportedException($"A parameter of type {value.GetType().Name} is not bound here."),
    };

    /// <summary>Column <paramref name="column"/> of the current row as Microsoft.Data.Sqlite's GetValue gives it.</summary>
    private object? Value(int column) => raw.sqlite3_column_type(_statement, column) switch
    {
        raw.SQLITE_NULL => null,
        raw.SQLITE_INTEGER => Int64(column),
        raw.SQLITE_FLOAT => Double(column),
        raw.SQLITE_TEXT => System.Text.Encoding.UTF8.GetString(Utf8(column)),
        _ => raw.sqlite3_column_blob(_statement, column).ToArray(),
    };
}
