using Dapper;
using System.Data.Common;

namespace ContentApi.Database;

/// <summary>
/// Loads ordered child name lists (example drugs of an interaction or remedy) for many parents in one statement,
/// so a page of N parents costs one extra query, not N.
/// </summary>
internal static class ChildNames
{
    // sql selects ParentId and Name for parents IN @Ids, ordered by position.
    public static async Task<ILookup<int, string>> LoadAsync(DbConnection connection, string sql, IEnumerable<int> ids) =>
        (await connection.QueryAsync<ChildNameRow>(sql, new { Ids = ids.ToArray() }))
            .ToLookup(row => row.ParentId, row => row.Name);

    internal sealed class ChildNameRow
    {
        public int ParentId { get; set; }
        public string Name { get; set; } = "";
    }
}
