using BenchmarkDotNet.Running;
using ContentApi.Benchmarks;

// dotnet run -c Release --project bench/ContentApi.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/ContentApi.Benchmarks -- generate-articles DB_PATH   (bench/run.sh's 10,000 articles)
if (args is ["generate-articles", var databasePath])
{
    return await SyntheticArticles.RunAsync(databasePath);
}

BenchmarkSwitcher.FromAssembly(typeof(AggregateReadBenchmarks).Assembly).Run(args);
return 0;
