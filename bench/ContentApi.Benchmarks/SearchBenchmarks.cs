using ContentApi.Preview;
using BenchmarkDotNet.Attributes;
using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Search;
using ContentApi.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Benchmarks;

/// <summary>
/// One uncached search over 10,000 synthetic articles (bench/generate-articles.sql, as bench/run.sh builds them):
/// "sleep" matches about 50,000 documents: the first 5,000 (Search:RankedMatchLimit) are ranked by bm25, the rest follow in
/// index order, so page 1 ranks the window and page 2,500 lies past it.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private static readonly string[] Sleep = ["sleep"];

    private BenchmarkDatabase _database = null!;
    private ISearchRepository _search = null!;
    private PagingQuery _paging = null!;

    [Params(1, 2500)]
    public int Page { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        var connections = _database.Services.GetRequiredService<SqliteConnectionFactory>();
        await using (var connection = await connections.OpenAsync())
        {
            await SyntheticArticles.GenerateAsync(connection);
        }

        _search = _database.Services.GetRequiredService<ISearchRepository>();
        QueryNumber<int>.TryParse(Page.ToString(System.Globalization.CultureInfo.InvariantCulture), null, out var page);
        _paging = new PagingQuery { Page = page };
    }

    [GlobalCleanup]
    public ValueTask CleanUpAsync() => _database.DisposeAsync();

    [Benchmark(Description = "search 'sleep', 10,000 articles")]
    public Task<PagedResponse<SearchHit>> SearchSleep() =>
        _search.SearchAsync(Sleep, null, _paging, ContentVisibility.Published, CancellationToken.None);
}
