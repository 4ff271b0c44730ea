using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Preview;
using ContentApi.Sources;
using ContentApi.Sql;
using Dapper;

namespace ContentApi.SideEffects;

public interface ISideEffectRepository
{
    Task<PagedResponse<SideEffectResponse>> ListAsync(SideEffectListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken);

    Task<SideEffectResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken);
}

public sealed class SideEffectRepository(IContentConnections connections) : ISideEffectRepository
{
    internal const string Select =
        $"e.id AS Id, e.name AS Name, e.severity AS Severity, e.description AS Description, e.updated_at AS UpdatedAt, {SourcedRow.Columns}";

    internal const string From = "side_effects e JOIN sources s ON s.id = e.source_id";

    public async Task<PagedResponse<SideEffectResponse>> ListAsync(SideEffectListQuery query, PagingQuery paging, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var filter = new SqlFilter(dialect)
            .Visible("e", visibility)
            .When(!string.IsNullOrEmpty(query.Severity), "e.severity = lower(@Severity)", new { query.Severity })
            .When(!string.IsNullOrEmpty(query.Q), $"({dialect.Contains("lower(e.name)", "lower(@Q)")} OR {dialect.Contains("lower(e.description)", "lower(@Q)")})", new { query.Q });
        await using var connection = await connections.OpenAsync(cancellationToken);
        var page = await filter.QueryPageAsync<SideEffectRow>(connection, Select, From, SideEffectSorts.Columns.OrderBy(query.Sort, dialect), paging, "side_effects e");
        return PagedResponse.Create(page, paging, row => row.ToResponse());
    }

    public async Task<SideEffectResponse?> FindAsync(int id, ContentVisibility visibility, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SideEffectRow>(
            new CommandDefinition($"SELECT {Select} FROM {From} WHERE e.id = @Id AND {PublicRows.Visible("e", visibility, connections.Dialect)};", new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }
}

internal sealed class SideEffectRow : SourcedRow
{
    public DateTimeOffset UpdatedAt { get; set; }
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Severity { get; set; } = "";
    public string Description { get; set; } = "";

    public SideEffectResponse ToResponse() => new(Id, Name, Severity, Description, Source, UpdatedAt);
}
