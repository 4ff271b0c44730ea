using ContentApi.Database;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ContentApi.Tests.Database;

/// <summary>
/// The write path runs its commands on statements kept on the connection (<see cref="PreparedCommands"/>) instead of
/// through Dapper: what it stores, counts and returns must be what Dapper and Microsoft.Data.Sqlite would.
/// </summary>
public sealed class PreparedCommandTests : IDisposable
{
    private const string Insert = "INSERT INTO probe (label, flag, small, large, real, at, kind, bytes, missing) VALUES (@Label, @Flag, @Small, @Large, @Real, @At, @Kind, @Bytes, @Missing);";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public PreparedCommandTests()
    {
        TimestampHandler.Register();
        _connection.Open();
        _connection.Handle!.enable_sqlite3_next_stmt(true); // so the test can list the statements kept on it
        _connection.Execute("""
            CREATE TABLE probe (id INTEGER PRIMARY KEY, label TEXT UNIQUE, flag, small, large, real, at, kind, bytes, missing);
            CREATE TABLE probe_log (entry TEXT);
            CREATE TRIGGER probe_logged AFTER INSERT ON probe BEGIN INSERT INTO probe_log (entry) VALUES (NEW.label); END;
            """);
    }

    [Fact]
    public async Task ValuesAreStoredAsDapperStoresThem()
    {
        var at = new DateTimeOffset(2026, 11, 26, 18, 30, 15, 250, TimeSpan.FromHours(2));
        await _connection.ExecuteAsync(Insert, Values("dapper", at));
        await _connection.ExecutePreparedAsync(new CommandDefinition(Insert, Values("kept", at)));

        var stored = (await _connection.QueryAsync<string>("""
            SELECT concat_ws(',', quote(flag), quote(small), quote(large), quote(real), quote(at), quote(kind), quote(bytes), quote(missing))
            FROM probe ORDER BY id;
            """)).ToList();

        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0], stored[1]);
        Assert.Equal("1,7,4000000000,3.5,'2026-11-26T16:30:15.25Z',3,X'0102',NULL", stored[1]);
    }

    [Fact]
    public async Task AnItemsPropertiesAndTheValuesAddedToThemAreBound()
    {
        var item = new { Label = "item", Flag = false, Small = 1, Large = 2L, Real = 0.5, Kind = DayOfWeek.Monday };
        var parameters = new ItemParameters(item, new Dictionary<string, object?> { ["label"] = "given", ["At"] = null, ["Bytes"] = null, ["Missing"] = null });

        await _connection.ExecutePreparedAsync(new CommandDefinition(Insert, parameters));

        Assert.Equal("given", await _connection.ExecuteScalarAsync<string>("SELECT label FROM probe WHERE small = 1;"));
        Assert.Equal(0, await _connection.ExecuteScalarAsync<int>("SELECT flag FROM probe WHERE small = 1;"));
    }

    [Fact]
    public async Task TheRowsChangedAreCountedWithoutThoseOfTriggers()
    {
        await _connection.ExecutePreparedAsync(new CommandDefinition(Insert, Values("one", DateTimeOffset.UnixEpoch)));
        await _connection.ExecutePreparedAsync(new CommandDefinition(Insert, Values("two", DateTimeOffset.UnixEpoch)));

        var changed = await _connection.ExecutePreparedAsync(new CommandDefinition("UPDATE probe SET small = small + 1; DELETE FROM probe WHERE label = 'one';"));

        Assert.Equal(3, changed);
        Assert.Equal(2, await _connection.ExecuteScalarAsync<int>("SELECT count(*) FROM probe_log;"));
        Assert.Equal(8, await _connection.ExecuteScalarAsync<int>("SELECT small FROM probe;"));
    }

    [Fact]
    public async Task AScalarIsTheFirstColumnOfTheFirstRowConverted()
    {
        var id = await _connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition(Insert.Replace(";", " RETURNING id;", StringComparison.Ordinal), Values("x", DateTimeOffset.UnixEpoch)));

        Assert.Equal(1L, id);
        Assert.Equal(1, await _connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition("SELECT count(*) FROM probe;")));
        Assert.True(await _connection.ExecuteScalarPreparedAsync<bool>(new CommandDefinition("SELECT flag FROM probe;")));
        Assert.Equal("x", await _connection.ExecuteScalarPreparedAsync<string>(new CommandDefinition("SELECT label FROM probe;")));
        Assert.Null(await _connection.ExecuteScalarPreparedAsync<string>(new CommandDefinition("SELECT label FROM probe WHERE id = 99;")));
        Assert.Equal(0L, await _connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition("SELECT id FROM probe WHERE id = 99;")));
        Assert.Equal(7, await _connection.ExecuteScalarPreparedAsync<int?>(new CommandDefinition("SELECT small FROM probe;")));
        await Assert.ThrowsAsync<ArgumentException>(() => _connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition("SELECT 1; SELECT 2;")));
    }

    [Fact]
    public async Task ACancelledCommandWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _connection.ExecutePreparedAsync(new CommandDefinition(Insert, Values("late", DateTimeOffset.UnixEpoch), cancellationToken: cancelled.Token)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _connection.ExecuteScalarPreparedAsync<long>(new CommandDefinition(Insert, Values("late", DateTimeOffset.UnixEpoch), cancellationToken: cancelled.Token)));

        Assert.Equal(0, await _connection.ExecuteScalarAsync<int>("SELECT count(*) FROM probe;"));
    }

    [Fact]
    public async Task AValueOfAnUnknownTypeIsRefusedNotGuessed()
    {
        var refused = await Assert.ThrowsAsync<NotSupportedException>(() =>
            _connection.ExecutePreparedAsync(new CommandDefinition("UPDATE probe SET real = @Real;", new { Real = 1.5m })));

        Assert.Contains(nameof(Decimal), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatementIsPreparedOncePerConnectionAndReusedAfterAFailure()
    {
        await _connection.ExecutePreparedAsync(new CommandDefinition(Insert, Values("first", DateTimeOffset.UnixEpoch)));
        var duplicate = await Assert.ThrowsAsync<SqliteException>(() => _connection.ExecutePreparedAsync(new CommandDefinition(Insert, Values("first", DateTimeOffset.UnixEpoch))));
        await _connection.ExecutePreparedAsync(new CommandDefinition(Insert, Values("second", DateTimeOffset.UnixEpoch)));

        Assert.Equal(19, duplicate.SqliteErrorCode); // SQLITE_CONSTRAINT: the 409 the API answers for it
        Assert.Equal(["first", "second"], await _connection.QueryAsync<string>("SELECT label FROM probe ORDER BY id;"));
        Assert.Equal(1, StatementsOnTheConnection(Insert));
    }

    [Fact]
    public async Task AParameterWithoutAValueIsRefusedBeforeAnythingIsWritten()
    {
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => _connection.ExecutePreparedAsync(new CommandDefinition(Insert, new { Label = "no" })));

        Assert.Contains("@Flag", missing.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _connection.ExecuteScalarAsync<int>("SELECT count(*) FROM probe;"));
    }

    [Fact]
    public async Task AListParameterIsLeftToDapper()
    {
        var refused = await Assert.ThrowsAsync<NotSupportedException>(() =>
            _connection.ExecutePreparedAsync(new CommandDefinition("DELETE FROM probe WHERE id IN (@Ids);", new { Ids = new[] { 1, 2 } })));

        Assert.Contains("Dapper", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _connection.Dispose();

    private static object Values(string label, DateTimeOffset at) => new
    {
        Label = label, Flag = true, Small = 7, Large = 4_000_000_000L, Real = 3.5, At = at, Kind = DayOfWeek.Wednesday,
        Bytes = new byte[] { 1, 2 }, Missing = (string?)null,
    };

    /// <summary>How many statements with this text are prepared on the connection now.</summary>
    private int StatementsOnTheConnection(string sql)
    {
        var count = 0;
        for (var statement = raw.sqlite3_next_stmt(_connection.Handle, null); statement is not null && !statement.IsInvalid;
             statement = raw.sqlite3_next_stmt(_connection.Handle, statement))
        {
            count += raw.sqlite3_sql(statement).utf8_to_string() == sql ? 1 : 0;
        }

        return count;
    }
}
