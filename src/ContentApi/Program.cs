using ContentApi.Articles;
using ContentApi.Benchmarking;
using ContentApi.Caching;
using ContentApi.Comments;
using ContentApi.Compression;
using ContentApi.CrossOrigin;
using ContentApi.Database;
using ContentApi.DoseRanges;
using ContentApi.Editing;
using ContentApi.Foods;
using ContentApi.Health;
using ContentApi.Hosting;
using ContentApi.Interactions;
using ContentApi.Keys;
using ContentApi.Json;
using ContentApi.Links;
using ContentApi.Logs;
using ContentApi.Media;
using ContentApi.OpenApi;
using ContentApi.Operations;
using ContentApi.Problems;
using ContentApi.RateLimiting;
using ContentApi.Remedies;
using ContentApi.Search;
using ContentApi.Security;
using ContentApi.SideEffects;
using ContentApi.Sources;
using ContentApi.Telemetry;
using ContentApi.Validation;

if (OperationsCommand.Run(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));

builder.Logging.AddContentLogs();
builder.Services.AddSecurityHeaders();
builder.Services.AddContentDatabase(builder.Configuration);
builder.Services.AddApiProblemDetails();
builder.Services.AddRequestValidation();
builder.Services.AddApiDocumentation();
builder.Services.AddHttpCaching(builder.Configuration);
builder.Services.AddContentJson();
builder.Services.AddPublicLinks(builder.Configuration);
builder.Services.AddProblemCompression();
builder.Services.AddCrossOriginReads(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddRateLimiting(builder.Configuration);
builder.Services.AddApiKeys(builder.Configuration);
builder.Services.AddArticles();
builder.Services.AddEditing(builder.Configuration);
builder.Services.AddMedia(builder.Configuration);
builder.Services.AddDoseRanges();
builder.Services.AddFoods();
builder.Services.AddInteractions();
builder.Services.AddSideEffects();
builder.Services.AddRemedies();
builder.Services.AddSources();
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddComments(builder.Configuration);
builder.Services.AddHealth();

var app = builder.Build();

app.UseRequestLogs();
app.UseSecurityHeaders();
app.UseProblemCompression();
app.UseApiProblemDetails();
app.UsePublicLinks();
app.UseArticleLinkedData();
app.UseRouting();
app.UseCrossOriginReads();
app.UseRateLimiting();
app.UseApiKeys();
app.UseHttpCaching();
app.MapApiDocumentation();
app.MapArticleEndpoints();
app.MapEditingEndpoints();
app.MapSourceWriteEndpoints();
app.MapMediaEndpoints();
app.MapDoseRangeEndpoints();
app.MapFoodEndpoints();
app.MapInteractionEndpoints();
app.MapSideEffectEndpoints();
app.MapRemedyEndpoints();
app.MapSourceEndpoints();
app.MapSearchEndpoints();
app.MapCommentEndpoints();
app.MapCommentModerationEndpoints();
app.MapKeyEndpoints();
app.MapHealthEndpoints();
app.MapBenchmarkEndpoints();
app.MapTelemetry();

return app.RunOrExplain();

/// <summary>The entry point, public so that tests can host the app.</summary>
public partial class Program;
