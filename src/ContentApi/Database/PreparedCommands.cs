using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ContentApi.Database;

/// <summary>
/// Dapper's Execute and ExecuteScalar for the write path, with SQLite's statements kept on the pooled connection
/// (<see cref="RawStatement.Execute"/>): on SQLite a write's triggers are compiled when it is prepared, once per
/// connection instead of once per call. PostgreSQL's commands go to Dapper as before (the server plans them).
/// </summary>
internal static class PreparedCommands
{
    /// <summary>Dapper takes an item with added values as DynamicParameters (which hides the item, so the SQLite path takes <see cref="ItemParameters"/>).</summary>
    private static CommandDefinition ForDapper(CommandDefinition command)
    {
        if (command.Parameters is not ItemParameters item)
        {
            return command;
        }

        var parameters = new DynamicParameters(item.Item);
        foreach (var (name, value) in item.Values)
        {
            parameters.Add(name, value);
        }

        return new CommandDefinition(command.CommandText, parameters, command.Transaction, command.CommandTimeout, command.CommandType, command.Flags, command.CancellationToken);
    }

    /// <summary>Runs the command; the rows it changed.</summary>
    public static Task<int> ExecutePreparedAsync(this DbConnection connection, CommandDefinition command)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return connection.ExecuteAsync(ForDapper(command));
        }

        command.CancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(RawStatement.Execute(sqlite, command.CommandText, command.Parameters));
    }

    /// <summary>The first column of the command's first row, converted as Dapper converts it; default when there is no row or it is NULL.</summary>
    public static Task<T?> ExecuteScalarPreparedAsync<T>(this DbConnection connection, CommandDefinition command)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return connection.ExecuteScalarAsync<T?>(ForDapper(command));
        }

        command.CancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(RawStatement.Scalar(sqlite, command.CommandText, command.Parameters) switch
        {
            null => default,
            T value => value,
            var value => (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture),
        });
    }
}

/// <summary>An item's properties as parameters, with <paramref name="values"/> added or taking the place of those of the same name (any case).</summary>
internal sealed class ItemParameters(object item, IDictionary<string, object?> values)
{
    public object Item { get; } = item;

    public IReadOnlyDictionary<string, object?> Values { get; } = new Dictionary<string, object?>(values, StringComparer.OrdinalIgnoreCase);
}
