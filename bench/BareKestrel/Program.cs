using System.Globalization;

// The load benchmark's baseline (bench/run.sh): Kestrel with nothing else, writing a file's bytes as application/json.
// What the API adds on top of this (routing, filters, headers, the cache) is what the benchmark's ratios show.
// Usage: dotnet BareKestrel.dll <body file> --urls http://127.0.0.1:0
if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: BareKestrel <body file> [--urls http://127.0.0.1:0]");
    return 2;
}

var body = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false); // as the API: no Server header

var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    if (context.Request.Path == "/bench/allocations")
    {
        // Same counter as the API's, so the baseline row has bytes allocated per request too.
        response.ContentType = "text/plain";
        return response.WriteAsync(GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));
    }

    response.ContentType = "application/json; charset=utf-8";
    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
});

await app.StartAsync();
// bench/run.sh reads the bound address from this line, as it does from the API's log.
foreach (var address in app.Urls)
{
    Console.WriteLine($"Now listening on: {address}");
}

await app.WaitForShutdownAsync();
return 0;
