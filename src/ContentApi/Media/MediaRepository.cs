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
    /// <summary>
    /// Under the write lock: stores the file (<paramref name="storeFile"/>), then its metadata row; or the 503 to answer
    /// when the lock could not be had.
    /// </summary>
    Task<(MediaRow? Row, EditProblem? Busy)> InsertAsync(
        string name, string sha256, PreparedImage image, string alt, string keyName, Func<Task> storeFile, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<ListPage<MediaRow>> ListAsync(PagingQuery paging, CancellationToken cancellationToken);

    Task<MediaRow?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Under the write lock: deletes the row and, when no other row has the same file, the file (<paramref name="deleteFile"/>), before the commit.</summary>
    Task<MediaDeletion> DeleteAsync(long id, Action<MediaRow> deleteFile, CancellationToken cancellationToken);
}

/// <summary>
/// Media rows through the write path every content write takes (<see cref="ContentWriter"/>), reads on a pooled connection
/// each. The files' store and delete run inside the same write, under the database's lock: replicas share the folder,
/// so an upload that finds a picture's file present must not cross another replica's delete of that file.
/// </summary>
internal sealed class MediaRepository(IContentConnections connections, ContentWriter writer) : IMediaRepository
{
    public async Task<(MediaRow? Row, EditProblem? Busy)> InsertAsync(
        string name, string sha256, PreparedImage image, string alt, string keyName, Func<Task> storeFile, CancellationToken cancellationToken)
    {
        MediaRow? row = null;
        EditProblem? busy = null;
        await writer.WriteAsync(async (connection, now) =>
        {
            // A file written for a row that is then not committed is an unused file, never a row without its file.
            await storeFile();
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

    public Task<MediaDeletion> DeleteAsync(long id, Action<MediaRow> deleteFile, CancellationToken cancellationToken) =>
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
            if (!shared)
            {
                // Before the commit, under the lock: after it, another replica's upload could find the file and keep it.
                deleteFile(row);
            }

            return new MediaDeletion.Deleted(row, FileUnused: !shared);
        }, outcome => outcome is MediaDeletion.Deleted, problem => new MediaDeletion.Busy(problem), cancellationToken);
}
