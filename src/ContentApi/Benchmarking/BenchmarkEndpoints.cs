namespace ContentApi.Benchmarking;

/// <summary>
/// Endpoints for the load benchmark, mapped only when <c>Benchmark:Enabled</c> is true (never in a normal run): a counter
/// of bytes allocated (<see cref="AllocationTicks"/>), so the benchmark can report allocations per request. The baseline the benchmark compares with
/// is a separate bare Kestrel process (bench/BareKestrel), so the app's own pipeline is part of what it measures.
/// </summary>
internal static class BenchmarkEndpoints
{
    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Benchmark:Enabled"))
        {
            return app;
        }

        // Started with the app and kept for its lifetime: the listener's session ends when it is disposed.
        var allocations = new AllocationTicks();
        app.Lifetime.ApplicationStopped.Register(allocations.Dispose);
        app.MapGroup("/bench").ExcludeFromDescription().MapGet("/allocations", () => TypedResults.Text(
            allocations.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        return app;
    }
}
