using BenchmarkDotNet.Attributes;
using ContentApi.Database;
using ContentApi.Paging;
using ContentApi.Search;
using ContentApi.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Benchmarks;

/// <summary>
/// One uncached search over 10,000 synthetic articles (bench/generate-articles.sql, as bench/run.sh builds them):
/// "sleep" matches about 50,000 documents, all of which bm25 must rank before the first page.
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
            // As bench/run.sh does: per-row trigger maintenance would take minutes; the script rebuilds the index once.
            await using var drop = connection.CreateCommand();
            drop.CommandText = "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger';";
            var drops = new List<string>();
            await using (var reader = await drop.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    drops.Add(reader.GetString(0));
                }
            }

            await using var generate = connection.CreateCommand();
            generate.CommandText = string.Concat(drops) + await File.ReadAllTextAsync(GenerateArticlesSql());
            await generate.ExecuteNonQueryAsync();
        }

        _search = _database.Services.GetRequiredService<ISearchRepository>();
        QueryNumber<int>.TryParse(Page.ToString(System.Globalization.CultureInfo.InvariantCulture), null, out var page);
        _paging = new PagingQuery { Page = page };
    }

    [GlobalCleanup]
    public ValueTask CleanUpAsync() => _database.DisposeAsync();

    [Benchmark(Description = "search 'sleep', 10,000 articles")]
    public Task<PagedResponse<SearchHit>> SearchSleep() =>
        _search.SearchAsync(Sleep, null, _paging, CancellationToken.None);

    // BenchmarkDotNet runs a copy of this project from bin/…; the script sits in bench/ of the repository.
    private static string GenerateArticlesSql()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "bench", "generate-articles.sql");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new FileNotFoundException("bench/generate-articles.sql not found above " + AppContext.BaseDirectory);
    }
}
