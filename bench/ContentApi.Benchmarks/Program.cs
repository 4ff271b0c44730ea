using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ContentApi.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ContentApi.Benchmarks.AggregateReadBenchmarks).Assembly).Run(args);
