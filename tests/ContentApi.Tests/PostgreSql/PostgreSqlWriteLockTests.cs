using ContentApi.Database;
using ContentApi.Editing;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// Two replicas on one PostgreSQL database: each with its own connection pool and its own write gate, so only the
/// database's write lock (the content-version row) stands between their writers.
/// </summary>
[Collection(PostgreSqlTests.Name)]
public sealed class PostgreSqlWriteLockTests(ThrowawayCluster cluster) : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync();
        await using var migrators = Migrators.PostgreSql(_connectionString);
        await migrators.Migrator.MigrateAsync();
        await using var connections = Replica();
        using var services = new WriteServices(connections);
        Assert.IsType<WriteOutcome.Written>(await WriteScript.CreateAsync(services));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TwoReplicasWritingTheSameVersionSerializeAndTheSecondGetsAPreconditionFailureNotALostUpdate()
    {
        await using var replicaA = Replica();
        await using var replicaB = Replica();
        using var a = new WriteServices(replicaA);
        using var b = new WriteServices(replicaB);
        var read = (await a.Articles.FindAsync(WriteScript.Slug, default))!.ETag;
        var aHoldsTheLock = new TaskCompletionSource();
        var bIsWaiting = new TaskCompletionSource();

        var first = Task.Run(() => a.Articles.ChangeAsync(WriteScript.Slug, read, current =>
        {
            aHoldsTheLock.SetResult();
            // Inside A's transaction, after its If-Match check: B must now be queued behind the lock, not reading.
            Assert.True(bIsWaiting.Task.Wait(TimeSpan.FromSeconds(10)), "B never waited for the lock.");
            return new ArticleChange.Replace(current with { Title = "Written by A" }, "A's edit.");
        }, WriteScript.Author, default));
        await aHoldsTheLock.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = b.Articles.ChangeAsync(WriteScript.Slug, read,
            current => new ArticleChange.Replace(current with { Summary = "Written by B" }, "B's edit."), WriteScript.Author, default);
        await WaitForALockWaiterAsync();
        bIsWaiting.SetResult();

        var written = Assert.IsType<WriteOutcome.Written>(await first);
        var refused = Assert.IsType<WriteOutcome.Refused>(await second);

        Assert.Equal(412, refused.Problem!.StatusCode);
        Assert.Contains(refused.Problem.Headers, header => header.Key == "ETag" && header.Value == written.Article.ETag);
        var stored = (await b.Articles.FindAsync(WriteScript.Slug, default))!.Article;
        Assert.Equal(("Written by A", "What both engines store.", 2), (stored.Title, stored.Summary, stored.Version));
    }

    [Fact]
    public async Task TwoReplicasRacingWithoutConflictBothWriteAndNoChangeIsLost()
    {
        await using var replicaA = Replica();
        await using var replicaB = Replica();
        using var a = new WriteServices(replicaA);
        using var b = new WriteServices(replicaB);

        // Each replica appends to the title under If-Match: *: every write must see the one before it.
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b).Articles.ChangeAsync(WriteScript.Slug, "*",
            current => new ArticleChange.Replace(current with { Title = $"{current.Title}+" }, "Appended."), WriteScript.Author, default)));

        var stored = (await a.Articles.FindAsync(WriteScript.Slug, default))!.Article;
        Assert.Equal("An engine article" + new string('+', 10), stored.Title);
        Assert.Equal(11, stored.Version);
    }

    [Fact]
    public async Task ALockHeldPastTheTimeoutIsTheBusyProblemAndTheWriteLeavesNothing()
    {
        await using var replica = Replica();
        using var services = new WriteServices(replica, lockTimeoutSeconds: 1);
        await using var holder = new NpgsqlConnection(_connectionString);
        await holder.OpenAsync();
        await using var held = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT id FROM content_state WHERE id = 1 FOR UPDATE;", transaction: held);
        var started = TimeProvider.System.GetTimestamp();

        var refused = Assert.IsType<WriteOutcome.Refused>(await services.Articles.ChangeAsync(WriteScript.Slug, "*",
            current => new ArticleChange.Replace(current with { Title = "Never stored" }, "Edited."), WriteScript.Author, default));

        var waited = TimeProvider.System.GetElapsedTime(started);
        Assert.Equal(503, refused.Problem!.StatusCode);
        Assert.Contains(refused.Problem.Headers, header => header.Key == "Retry-After");
        Assert.InRange(waited, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
        await held.RollbackAsync();
        // The refused writer's connection went back to the pool with no transaction open: the next write succeeds.
        Assert.IsType<WriteOutcome.Written>(await services.Articles.ChangeAsync(WriteScript.Slug, "*",
            current => new ArticleChange.Replace(current with { Title = "Stored" }, "Edited."), WriteScript.Author, default));
        Assert.Equal("Stored", (await services.Articles.FindAsync(WriteScript.Slug, default))!.Article.Title);
    }

    [Fact]
    public async Task AnImagesFileIsStoredAndDeletedUnderTheLockEveryReplicaShares()
    {
        await using var replica = Replica();
        using var services = new WriteServices(replica);
        var lockedWhen = new List<bool>();

        var (row, _) = await WriteScript.InsertImageAsync(services, async () => lockedWhen.Add(await WriteLockIsTakenAsync()));
        await services.Media.DeleteAsync(row!.Id, _ => lockedWhen.Add(WriteLockIsTakenAsync().GetAwaiter().GetResult()), default);

        Assert.Equal([true, true], lockedWhen);
        Assert.False(await WriteLockIsTakenAsync());
    }

    [Theory]
    [InlineData(PostgresErrorCodes.LockNotAvailable)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    public async Task LockTimeoutSerializationFailureAndDeadlockAreBusy(string sqlState)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();

        var raised = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync($"DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '{sqlState}'; END $$;"));

        Assert.True(WriteLock.IsBusy(raised));
        Assert.False(WriteLock.IsBusy(new PostgresException("unique", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));
    }

    /// <summary>A second replica's connections: its own data source and pool, as another process would have.</summary>
    private PostgreSqlConnectionFactory Replica() =>
        new(Options.Create(new DatabaseOptions { Provider = "PostgreSql", ConnectionString = _connectionString }));

    /// <summary>Whether another session holds the write lock now (the content-version row cannot be had at once).</summary>
    private async Task<bool> WriteLockIsTakenAsync()
    {
        await using var other = new NpgsqlConnection(_connectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        try
        {
            await other.ExecuteAsync("SELECT id FROM content_state WHERE id = 1 FOR UPDATE NOWAIT;", transaction: transaction);
            return false;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return true;
        }
    }

    /// <summary>Until a session of this database waits for a lock (B, queued behind A's row lock).</summary>
    private async Task WaitForALockWaiterAsync()
    {
        await using var observer = new NpgsqlConnection(_connectionString);
        await observer.OpenAsync();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await observer.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock';") > 0)
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail("No writer waited for the write lock.");
    }
}
