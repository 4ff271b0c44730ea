using ContentApi.Database;
using ContentApi.Paging;
using Dapper;

namespace ContentApi.Sources;

public interface ISourceRepository : IResourceRepository<SourceListQuery, SourceResponse>;

public sealed class SourceRepository(SqliteConnectionFactory connections) : ISourceRepository
{
    private const string Select = "s.id AS Id, s.key AS Key, s.title AS Title, s.publisher AS Publisher, s.url AS Url, s.citation AS Citation, s.updated_at AS UpdatedAt";
    private const string From = "sources s";

    private static readonly SortColumns Sorts = new("s.id", "s.id", new Dictionary<string, string>
    {
        ["key"] = "s.key COLLATE NOCASE",
        ["title"] = "s.title COLLATE NOCASE",
        ["publisher"] = "s.publisher COLLATE NOCASE",
    });

    public async Task<PagedResponse<SourceResponse>> ListAsync(SourceListQuery query, PagingQuery paging, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .When(!string.IsNullOrEmpty(query.Q),
                "(instr(lower(s.key), lower(@Q)) > 0 OR instr(lower(s.title), lower(@Q)) > 0 OR instr(lower(s.publisher), lower(@Q)) > 0)",
                new { query.Q });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<SourceRow>(connection, Select, From, Sorts.OrderBy(query.Sort), paging, "s.updated_at");
        return PagedResponse.Create(page, paging, row => row.ToResponse());
    }

    public async Task<SourceResponse?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SourceRow>(
            new CommandDefinition($"SELECT {Select} FROM {From} WHERE s.id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }
}

internal sealed class SourceRow
{
    public string UpdatedAt { get; set; } = "";
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string? Url { get; set; }
    public string? Citation { get; set; }

    public SourceResponse ToResponse() => new(Id, Key, Title, Publisher, Url, Citation, Timestamps.Parse(UpdatedAt));
}
