// The HTTP suites that run on both engines: each class here is an existing suite (written against the shared app
// factory) run again on PostgreSQL (PostgreSqlApiFactory), with the same requests and the same assertions. Suites left
// out test something only SQLite has; each is named below with the reason.
//
//   ArticleBodyStoreTests: reads the SQLite file's rows to prove which were rewritten
//   ContentScopeTriggerTests: reads sqlite_master; SchemaParityTests holds the engines' triggers to the same scopes
//   ForeignKeyTests: SQLite's per-connection PRAGMA foreign_keys (PostgreSQL always enforces them)
//   SearchBatchTests: the FTS5 batch table read through the SQLite file
//   SearchDocumentRowidTests: FTS5 rowid ranges
//   SqliteThreadingModeTests: the SQLite library's threading mode

using ContentApi.Tests.PostgreSql;

namespace ContentApi.Tests.Articles
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class ArticleAggregateTestsOnPostgreSql(PostgreSqlApiFactory factory) : ArticleAggregateTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class ArticleCollectionValuesTestsOnPostgreSql(PostgreSqlApiFactory factory) : ArticleCollectionValuesTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class ArticleFieldsTestsOnPostgreSql(PostgreSqlApiFactory factory) : ArticleFieldsTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class ArticleLinkedDataTestsOnPostgreSql(PostgreSqlApiFactory factory) : ArticleLinkedDataTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class ArticleStructureTestsOnPostgreSql(PostgreSqlApiFactory factory) : ArticleStructureTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class CitationTestsOnPostgreSql(PostgreSqlApiFactory factory) : CitationTests(factory);
}

namespace ContentApi.Tests.Benchmarking
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class BenchmarkEndpointsAreOffByDefaultTestsOnPostgreSql(PostgreSqlApiFactory factory) : BenchmarkEndpointsAreOffByDefaultTests(factory);
}

namespace ContentApi.Tests.Caching
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class CompressionTestsOnPostgreSql(PostgreSqlApiFactory factory) : CompressionTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class ConditionalGetTestsOnPostgreSql(PostgreSqlApiFactory factory) : ConditionalGetTests(factory);
}

namespace ContentApi.Tests.Comments
{
    public sealed class CommentPostingTestsOnPostgreSql(PostgreSqlApiFactory factory) : CommentPostingTests(factory), IClassFixture<PostgreSqlApiFactory>;
}

namespace ContentApi.Tests.CrossOrigin
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class CrossOriginTestsOnPostgreSql(PostgreSqlApiFactory factory) : CrossOriginTests(factory);
}

namespace ContentApi.Tests.DoseRanges
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class DoseCautionTestsOnPostgreSql(PostgreSqlApiFactory factory) : DoseCautionTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class DoseLookupGoldenTestsOnPostgreSql(PostgreSqlApiFactory factory) : DoseLookupGoldenTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class DoseLookupTestsOnPostgreSql(PostgreSqlApiFactory factory) : DoseLookupTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class DoseRangeListTestsOnPostgreSql(PostgreSqlApiFactory factory) : DoseRangeListTests(factory);
}

namespace ContentApi.Tests.Editing
{
    public sealed class ArticleWriteTestsOnPostgreSql(PostgreSqlApiFactory factory) : ArticleWriteTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class CitationWriteTestsOnPostgreSql(PostgreSqlApiFactory factory) : CitationWriteTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class FoodAndDoseRangeWriteTestsOnPostgreSql(PostgreSqlApiFactory factory) : FoodAndDoseRangeWriteTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class HostileWriteBodyTestsOnPostgreSql(PostgreSqlApiFactory factory) : HostileWriteBodyTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class InteractionSideEffectRemedyWriteTestsOnPostgreSql(PostgreSqlApiFactory factory) : InteractionSideEffectRemedyWriteTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class RevisionTestsOnPostgreSql(PostgreSqlApiFactory factory) : RevisionTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class SectionWriteTestsOnPostgreSql(PostgreSqlApiFactory factory) : SectionWriteTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class WriteBodyEncodingTestsOnPostgreSql(PostgreSqlApiFactory factory) : WriteBodyEncodingTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class WriteConcurrencyTestsOnPostgreSql(PostgreSqlApiFactory factory) : WriteConcurrencyTests(factory), IClassFixture<PostgreSqlApiFactory>;
}

namespace ContentApi.Tests.Foods
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class FoodListTestsOnPostgreSql(PostgreSqlApiFactory factory) : FoodListTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class FoodPlanBoundaryTestsOnPostgreSql(PostgreSqlApiFactory factory) : FoodPlanBoundaryTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class FoodPlanTestsOnPostgreSql(PostgreSqlApiFactory factory) : FoodPlanTests(factory);
}

namespace ContentApi.Tests.Health
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class HealthEndpointTestsOnPostgreSql(PostgreSqlApiFactory factory) : HealthEndpointTests(factory);
}

namespace ContentApi.Tests.Interactions
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class InteractionCheckTestsOnPostgreSql(PostgreSqlApiFactory factory) : InteractionCheckTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class InteractionListTestsOnPostgreSql(PostgreSqlApiFactory factory) : InteractionListTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class InteractionSummaryTestsOnPostgreSql(PostgreSqlApiFactory factory) : InteractionSummaryTests(factory);
}

namespace ContentApi.Tests.Json
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class SourceGenerationTestsOnPostgreSql(PostgreSqlApiFactory factory) : SourceGenerationTests(factory);
}

namespace ContentApi.Tests.Keys
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class ApiKeyAuthenticationTestsOnPostgreSql(PostgreSqlApiFactory factory) : ApiKeyAuthenticationTests(factory);

    public sealed class AuthorizationMatrixTestsOnPostgreSql(PostgreSqlApiFactory factory, Xunit.Abstractions.ITestOutputHelper output) : AuthorizationMatrixTests(factory, output), IClassFixture<PostgreSqlApiFactory>;

    [Collection(PostgreSqlApi.Name)]
    public sealed class KeyContractTestsOnPostgreSql(PostgreSqlApiFactory factory) : KeyContractTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class KeyEndpointTestsOnPostgreSql(PostgreSqlApiFactory factory) : KeyEndpointTests(factory);
}

namespace ContentApi.Tests.Links
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class AbsoluteLinkTestsOnPostgreSql(PostgreSqlApiFactory factory) : AbsoluteLinkTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class LinkHostCheckTestsOnPostgreSql(PostgreSqlApiFactory factory) : LinkHostCheckTests(factory);
}

namespace ContentApi.Tests.Media
{
    public sealed class HeroImageTestsOnPostgreSql(PostgreSqlApiFactory factory) : HeroImageTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class MediaFileTestsOnPostgreSql(PostgreSqlApiFactory factory) : MediaFileTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class MediaUploadTestsOnPostgreSql(PostgreSqlApiFactory factory) : MediaUploadTests(factory), IClassFixture<PostgreSqlApiFactory>;

    public sealed class ServedUrlWalkTestsOnPostgreSql(PostgreSqlApiFactory factory) : ServedUrlWalkTests(factory), IClassFixture<PostgreSqlApiFactory>;
}

namespace ContentApi.Tests.OpenApi
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class ArticleExampleTestsOnPostgreSql(PostgreSqlApiFactory factory) : ArticleExampleTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class OpenApiDocumentTestsOnPostgreSql(PostgreSqlApiFactory factory) : OpenApiDocumentTests(factory);

    public sealed class RequestSchemaContractTestsOnPostgreSql(PostgreSqlApiFactory factory) : RequestSchemaContractTests(factory), IClassFixture<PostgreSqlApiFactory>;

    [Collection(PostgreSqlApi.Name)]
    public sealed class ResponseContractTestsOnPostgreSql(PostgreSqlApiFactory factory) : ResponseContractTests(factory);
}

namespace ContentApi.Tests.Problems
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class ErrorResponseTestsOnPostgreSql(PostgreSqlApiFactory factory) : ErrorResponseTests(factory);
}

namespace ContentApi.Tests.RateLimiting
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class RateLimitingDefaultTestsOnPostgreSql(PostgreSqlApiFactory factory) : RateLimitingDefaultTests(factory);
}

namespace ContentApi.Tests.Remedies
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class RemedyListTestsOnPostgreSql(PostgreSqlApiFactory factory) : RemedyListTests(factory);
}

namespace ContentApi.Tests.Search
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class SearchPagingTestsOnPostgreSql(PostgreSqlApiFactory factory) : SearchPagingTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class SearchTestsOnPostgreSql(PostgreSqlApiFactory factory) : SearchTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class SearchWordTestsOnPostgreSql(PostgreSqlApiFactory factory) : SearchWordTests(factory);
}

namespace ContentApi.Tests.SideEffects
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class SideEffectListTestsOnPostgreSql(PostgreSqlApiFactory factory) : SideEffectListTests(factory);
}

namespace ContentApi.Tests.Sources
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class SourceCitedByTestsOnPostgreSql(PostgreSqlApiFactory factory) : SourceCitedByTests(factory);

    [Collection(PostgreSqlApi.Name)]
    public sealed class SourceListTestsOnPostgreSql(PostgreSqlApiFactory factory) : SourceListTests(factory);
}

namespace ContentApi.Tests.Validation
{
    [Collection(PostgreSqlApi.Name)]
    public sealed class StrictQueryTestsOnPostgreSql(PostgreSqlApiFactory factory) : StrictQueryTests(factory);
}
