using ContentApi.Database;
using ContentApi.Editing;
using ContentApi.Paging;
using ContentApi.Sql;
using Dapper;

namespace ContentApi.Media;

/// <summary>What a delete did: nothing to delete, refused while articles use the image, or deleted (and whether its file is now unused).</summary>
internal abstract record MediaDeletion
{
    public sealed record NotFound : MediaDeletion;

    public sealed record InUse(IReadOnlyList<string> Slugs) : MediaDeletion;

    public sealed record Deleted(MediaRow Row, bool FileUnused) : MediaDeletion;

    public sealed record Busy(EditProblem Problem) : MediaDeletion;
}

internal interface IMediaRepository
{
    /// <summary>Stores the metadata row of an image whose file is stored already; or the 503 to answer when the write lock could not be had.</summary>
    Task<(MediaRow? Row, EditProblem? Busy)> InsertAsync(string name, string sha256, PreparedImage image, string alt, string keyName, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<ListPage<MediaRow>> ListAsync(PagingQuery paging, CancellationToken cancellationToken);

    Task<MediaRow?> FindAsync(long id, CancellationToken cancellationToken);

    Task<MediaDeletion> DeleteAsync(long id, CancellationToken cancellationToken);
}

/// <summary>Media rows through the write path every content write takes (<see cref="ContentWriter"/>), reads on a pooled connection each.</summary>
internal sealed class MediaRepository(IContentConnections connections, ContentWriter writer) : IMediaRepository
{
    public async Task<(MediaRow? Row, EditProblem? Busy)> InsertAsync(
        string name, string sha256, PreparedImage image, string alt, string keyName, CancellationToken cancellationToken)
    {
        MediaRow? row = null;
        EditProblem? busy = null;
        await writer.WriteAsync(async (connection, now) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(MediaSql.Insert, new
            {
                Name = name, Sha256 = sha256, Format = image.Format.Name, image.Width, image.Height, Bytes = (long)image.Bytes.Length, Alt = alt,
                CreatedAt = now, KeyName = keyName,
            }, cancellationToken: cancellationToken));
            row = await connection.QuerySingleAsync<MediaRow>(new CommandDefinition(MediaSql.Find, new { Id = id }, cancellationToken: cancellationToken));
            return true;
        }, wrote => wrote, problem => { busy = problem; return false; }, cancellationToken);
        return (row, busy);
    }

    public async Task<ListPage<MediaRow>> ListAsync(PagingQuery paging, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await new SqlFilter(connections.Dialect).QueryPageAsync<MediaRow>(connection, MediaSql.Columns, "media m", "m.id DESC", paging);
    }

    public async Task<MediaRow?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<MediaRow>(new CommandDefinition(MediaSql.Find, new { Id = id }, cancellationToken: cancellationToken));
    }

    public Task<MediaDeletion> DeleteAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync<MediaDeletion>(async (connection, _) =>
        {
            // Under the write lock: no article can take the image as its hero between this check and the delete.
            var row = await connection.QuerySingleOrDefaultAsync<MediaRow>(new CommandDefinition(MediaSql.Find, new { Id = id }, cancellationToken: cancellationToken));
            if (row is null)
            {
                return new MediaDeletion.NotFound();
            }

            var slugs = (await connection.QueryAsync<string>(new CommandDefinition(MediaSql.UsedBy, new { Id = id }, cancellationToken: cancellationToken))).AsList();
            if (slugs.Count > 0)
            {
                return new MediaDeletion.InUse(slugs);
            }

            await connection.ExecuteAsync(new CommandDefinition(MediaSql.Delete, new { Id = id }, cancellationToken: cancellationToken));
            var shared = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(MediaSql.FileShared, new { row.Sha256 }, cancellationToken: cancellationToken));
            return new MediaDeletion.Deleted(row, FileUnused: !shared);
        }, outcome => outcome is MediaDeletion.Deleted, problem => new MediaDeletion.Busy(problem), cancellationToken);
}
