using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ContentApi.Database;
using ContentApi.Health;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// Real Npgsql faults, raised on the throwaway cluster, answered by the app's own exception handler as SQLite's are:
/// the server out of reach, out of time, out of connections or shutting down is a 503 problem with Retry-After; a unique
/// or foreign-key violation a write meets is a 409 or 400 problem; never a stack trace or the server's address.
/// </summary>
[Collection(PostgreSqlTests.Name)]
public sealed class PostgreSqlFaultTests(ThrowawayCluster cluster, ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task AServerNobodyListensOnIsUnavailable()
    {
        var port = FreePort();

        var fault = await FaultOfAsync(new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Timeout = 2 }.ConnectionString,
            connection => Task.CompletedTask);

        await AssertUnavailableAsync(fault, "The database server cannot be reached.");
    }

    [Fact]
    public async Task AnExhaustedPoolThatTimesOutIsUnavailable()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { MaxPoolSize = 1, Timeout = 1 }.ConnectionString;
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var holder = await source.OpenConnectionAsync();

        var fault = await Record.ExceptionAsync(async () => await (await source.OpenConnectionAsync()).DisposeAsync());

        await AssertUnavailableAsync(fault!, "The database server did not answer in time.");
    }

    [Fact]
    public async Task TooManyConnectionsIsUnavailable()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            // Superusers are exempt from connection limits: a role of its own has none left.
            await admin.ExecuteAsync("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'no_connections') THEN CREATE ROLE no_connections LOGIN CONNECTION LIMIT 0; END IF; END $$;");
        }

        var fault = await FaultOfAsync(new NpgsqlConnectionStringBuilder(connectionString) { Username = "no_connections", Pooling = false }.ConnectionString,
            connection => Task.CompletedTask);

        Assert.Equal(PostgresErrorCodes.TooManyConnections, Assert.IsType<PostgresException>(fault).SqlState);
        await AssertUnavailableAsync(fault, "The database server has no connection free.");
    }

    [Fact]
    public async Task AnAdministratorShutdownOfTheConnectionIsUnavailable()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { Pooling = false }.ConnectionString;

        var fault = await FaultOfAsync(connectionString, async connection =>
        {
            await using var admin = new NpgsqlConnection(connectionString);
            await admin.OpenAsync();
            await admin.ExecuteAsync("SELECT pg_terminate_backend(@Pid);", new { Pid = connection.ProcessID });
            await connection.ExecuteAsync("SELECT 1;");
        });

        Assert.Equal(PostgresErrorCodes.AdminShutdown, Assert.IsType<PostgresException>(fault).SqlState);
        await AssertUnavailableAsync(fault, "The database server is shutting down or starting up.");
    }

    [Fact]
    public async Task AUniqueViolationIsAConflictAndAForeignKeyViolationABadRequest()
    {
        await using var database = await EngineDatabase.PostgreSqlAsync(cluster);
        await using var connection = (NpgsqlConnection)await database.Connections.OpenAsync();

        var unique = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("INSERT INTO sources (key, title, publisher, updated_at) VALUES ('ODS', 't', 'p', 'x');"));
        var foreignKey = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("INSERT INTO blocks (section_id, position, kind, text) VALUES (999999, 1, 'paragraph', 't');"));

        var (conflict, _) = await HandleAsync(unique);
        var badRequest = (await HandleAsync(foreignKey)).Response;
        Assert.Equal(StatusCodes.Status409Conflict, conflict.StatusCode);
        Assert.Equal("The write conflicts with stored content.", Problem(conflict).GetProperty("title").GetString());
        Assert.Equal(StatusCodes.Status400BadRequest, badRequest.StatusCode);
        Assert.Equal("The write refers to something that does not exist.", Problem(badRequest).GetProperty("title").GetString());
        Assert.False(StoreFaultHandler.IsStoreFault(unique));
    }

    [Fact]
    public async Task AQueryErrorIsNoStoreFaultAndIsLeftToTheDefectHandler()
    {
        await using var connection = new NpgsqlConnection(await cluster.CreateDatabaseAsync());
        await connection.OpenAsync();

        var missingTable = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("SELECT * FROM no_such_table;"));

        Assert.False(StoreFaultHandler.IsStoreFault(missingTable));
        Assert.False((await HandleAsync(missingTable)).Handled);
    }

    private async Task AssertUnavailableAsync(Exception fault, string description)
    {
        Assert.True(StoreFaultHandler.IsStoreFault(fault), fault.ToString());
        var (response, handled) = await HandleAsync(fault);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", response.ContentType);
        var problem = Problem(response);
        Assert.Equal("The content store is unavailable.", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("127.0.0.1", problem.GetRawText());
        Assert.DoesNotContain("   at ", problem.GetRawText());
        Assert.Equal(description, StoreFaultDescription.Of(fault));
    }

    /// <summary>The app's own store-fault handler answering <paramref name="fault"/> for a request, as the exception middleware asks it.</summary>
    private async Task<(HttpResponse Response, bool Handled)> HandleAsync(Exception fault)
    {
        var handler = factory.Services.GetServices<IExceptionHandler>().OfType<StoreFaultHandler>().Single();
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Request.Method = "PUT";
        context.Request.Path = "/api/articles/any";
        context.Response.Body = new MemoryStream();
        var handled = await handler.TryHandleAsync(context, fault, default);
        return (context.Response, handled);
    }

    private static JsonElement Problem(HttpResponse response)
    {
        response.Body.Position = 0;
        return JsonDocument.Parse(response.Body).RootElement;
    }

    private static async Task<Exception> FaultOfAsync(string connectionString, Func<NpgsqlConnection, Task> use)
    {
        var fault = await Record.ExceptionAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await use(connection);
        });
        Assert.NotNull(fault);
        return fault;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
