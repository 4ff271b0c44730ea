using System.Data.Common;
using ContentApi.Database;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;

namespace ContentApi.Editing;

/// <summary>A stored source with its version ETag.</summary>
internal sealed record StoredSource(EditableSourceResponse Source)
{
    public string ETag => SourceVersionTag.For(Source.Id, Source.Version);
}

/// <summary>How a source write ended.</summary>
internal abstract record SourceOutcome
{
    private SourceOutcome()
    {
    }

    public sealed record Written(StoredSource Source) : SourceOutcome;

    public sealed record Deleted : SourceOutcome;

    public sealed record NotFound : SourceOutcome;

    public sealed record Refused(EditProblem? Problem, ValidationProblem? Invalid = null) : SourceOutcome;
}

/// <summary>What a write does to the current source: <paramref name="Next"/> as its content, a refusal, or (both null) deleting it.</summary>
internal sealed record SourceEdit(EditableSourceResponse? Next, ValidationProblem? Invalid = null);

internal interface ISourceWriteRepository
{
    Task<StoredSource?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>Creates the source at version 1; a taken key is a 409.</summary>
    Task<SourceOutcome> CreateAsync(SourceRequest source, CancellationToken cancellationToken);

    /// <summary>Under the write lock: If-Match (428, 412), then what <paramref name="change"/> makes of the current source (deleting it is refused while anything cites it).</summary>
    Task<SourceOutcome> ChangeAsync(int id, StringValues ifMatch, Func<EditableSourceResponse, SourceEdit> change, CancellationToken cancellationToken);
}

internal sealed class SourceWriteRepository(IContentConnections connections, ContentWriter writer) : ISourceWriteRepository
{
    public async Task<StoredSource?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ReadAsync(connection, id, cancellationToken);
    }

    public Task<SourceOutcome> CreateAsync(SourceRequest source, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, now) =>
        {
            if (await connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition(SourceWriteSql.KeyTaken, new { source.Key }, cancellationToken: cancellationToken)) > 0)
            {
                return new SourceOutcome.Refused(EditProblem.SourceKeyTaken(source.Key!));
            }

            var id = await connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition(SourceWriteSql.Insert,
                new { source.Key, source.Title, source.Publisher, source.Url, source.Citation, Now = now }, cancellationToken: cancellationToken));
            return new SourceOutcome.Written((await ReadAsync(connection, id, cancellationToken))!);
        }, cancellationToken);

    public Task<SourceOutcome> ChangeAsync(int id, StringValues ifMatch, Func<EditableSourceResponse, SourceEdit> change, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, now) =>
        {
            if (await ReadAsync(connection, id, cancellationToken) is not { } current)
            {
                return new SourceOutcome.NotFound();
            }

            if (StringValues.IsNullOrEmpty(ifMatch))
            {
                return new SourceOutcome.Refused(EditProblem.IfMatchRequired(current.ETag, "source"));
            }

            if (!ArticleVersionTag.Matches(ifMatch, current.ETag))
            {
                return new SourceOutcome.Refused(EditProblem.Stale(current.ETag, "source"));
            }

            var edit = change(current.Source);
            if (edit.Invalid is { } invalid)
            {
                return new SourceOutcome.Refused(null, invalid);
            }

            if (edit.Next is not { } next)
            {
                var citations = await connection.ExecuteScalarPreparedAsync<int>(new CommandDefinition(SourceWriteSql.Citations, new { Id = id }, cancellationToken: cancellationToken));
                if (citations > 0)
                {
                    return new SourceOutcome.Refused(EditProblem.SourceCited(current.Source.Key, citations));
                }

                await connection.ExecutePreparedAsync(new CommandDefinition(SourceWriteSql.Delete, new { Id = id }, cancellationToken: cancellationToken));
                return new SourceOutcome.Deleted();
            }

            if (next == current.Source)
            {
                // Nothing to change: no new version.
                return new SourceOutcome.Written(current);
            }

            await connection.ExecutePreparedAsync(new CommandDefinition(SourceWriteSql.Update,
                new { Id = id, next.Title, next.Publisher, next.Url, next.Citation, Now = now }, cancellationToken: cancellationToken));
            return new SourceOutcome.Written((await ReadAsync(connection, id, cancellationToken))!);
        }, cancellationToken);

    private Task<SourceOutcome> WriteAsync(Func<DbConnection, DateTimeOffset, Task<SourceOutcome>> write, CancellationToken cancellationToken) =>
        writer.WriteAsync(write, outcome => outcome is SourceOutcome.Written or SourceOutcome.Deleted, busy => new SourceOutcome.Refused(busy), cancellationToken);

    private static async Task<StoredSource?> ReadAsync(DbConnection connection, int id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<SourceWriteRow>(new CommandDefinition(SourceWriteSql.Find, new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : new StoredSource(new EditableSourceResponse(row.Id, row.Key, row.Title, row.Publisher, row.Url, row.Citation, row.Version));
    }

    private sealed class SourceWriteRow
    {
        public int Id { get; set; }
        public string Key { get; set; } = "";
        public string Title { get; set; } = "";
        public string Publisher { get; set; } = "";
        public string? Url { get; set; }
        public string? Citation { get; set; }
        public int Version { get; set; }
    }
}
