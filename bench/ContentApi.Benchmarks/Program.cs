using BenchmarkDotNet.Running;
using ContentApi.Benchmarks;

// dotnet run -c Release --project bench/ContentApi.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ContentApi.Benchmarks -- generate-articles DB_PATH   (bench/run.sh's 10,000 articles)
// dotnet run -c Release --project bench/ContentApi.Benchmarks -- write-load BASE_URL KEY SECONDS WRITERS INTERVAL_MS [--bare]   (bench/write-load.sh)
if (args is ["generate-articles", var databasePath])
{
    return await SyntheticArticles.RunAsync(databasePath);
}

// dotnet run -c Release --project bench/ContentApi.Benchmarks -- rendition-table   (README, Media: bytes per width and format)
if (args is ["rendition-table"])
{
    return RenditionTable.Run();
}

if (args is ["write-load", .. var writeLoad])
{
    return await WriteLoad.RunAsync(writeLoad);
}

BenchmarkSwitcher.FromAssembly(typeof(AggregateReadBenchmarks).Assembly).Run(args);
return 0;
