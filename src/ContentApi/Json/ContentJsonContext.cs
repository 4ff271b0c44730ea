using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Articles;
using ContentApi.Comments;
using ContentApi.DoseRanges;
using ContentApi.Editing;
using ContentApi.Foods;
using ContentApi.Health;
using ContentApi.Interactions;
using ContentApi.Keys;
using ContentApi.Media;
using ContentApi.Paging;
using ContentApi.Remedies;
using ContentApi.Search;
using ContentApi.SideEffects;
using ContentApi.Sources;

namespace ContentApi.Json;

/// <summary>
/// Compile-time serialisation metadata for every response type, so no response is serialised by reflection.
/// A test checks that every type an endpoint declares is listed here.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(MedicalWebPage))]
[JsonSerializable(typeof(PagedResponse<ArticleSummaryResponse>))]
[JsonSerializable(typeof(IReadOnlyList<SectionResponse>))]
[JsonSerializable(typeof(SectionResponse))]
[JsonSerializable(typeof(PagedResponse<DoseRangeResponse>))]
[JsonSerializable(typeof(DoseRangeResponse))]
[JsonSerializable(typeof(DoseLookupResponse))]
[JsonSerializable(typeof(DoseCaution))]
[JsonSerializable(typeof(PagedResponse<FoodResponse>))]
[JsonSerializable(typeof(FoodResponse))]
[JsonSerializable(typeof(FoodPlanResponse))]
[JsonSerializable(typeof(PagedResponse<InteractionResponse>))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionCheckResponse))]
[JsonSerializable(typeof(PagedResponse<SideEffectResponse>))]
[JsonSerializable(typeof(SideEffectResponse))]
[JsonSerializable(typeof(PagedResponse<RemedyResponse>))]
[JsonSerializable(typeof(RemedyResponse))]
[JsonSerializable(typeof(PagedResponse<SourceResponse>))]
[JsonSerializable(typeof(SourceResponse))]
[JsonSerializable(typeof(SourceCitation))]
[JsonSerializable(typeof(PagedResponse<SearchHit>))]
[JsonSerializable(typeof(HealthReportResponse))]
[JsonSerializable(typeof(IReadOnlyList<ApiKeyResponse>))]
[JsonSerializable(typeof(CurrentKeyResponse))]
[JsonSerializable(typeof(EditableArticleResponse))]
[JsonSerializable(typeof(ArticleDocumentRequest))]
[JsonSerializable(typeof(PublishRequest))]
[JsonSerializable(typeof(NewSectionRequest))]
[JsonSerializable(typeof(SectionContentRequest))]
[JsonSerializable(typeof(NewBlockRequest))]
[JsonSerializable(typeof(MoveRequest))]
[JsonSerializable(typeof(EditableDoseRange))]
[JsonSerializable(typeof(EditableFood))]
[JsonSerializable(typeof(DoseRangeRequest))]
[JsonSerializable(typeof(FoodRequest))]
[JsonSerializable(typeof(EditableInteraction))]
[JsonSerializable(typeof(EditableSideEffect))]
[JsonSerializable(typeof(EditableRemedy))]
[JsonSerializable(typeof(InteractionRequest))]
[JsonSerializable(typeof(SideEffectRequest))]
[JsonSerializable(typeof(RemedyRequest))]
[JsonSerializable(typeof(ArticleSourcesRequest))]
[JsonSerializable(typeof(RelatedArticlesRequest))]
[JsonSerializable(typeof(SourceRequest))]
[JsonSerializable(typeof(EditableSourceResponse))]
[JsonSerializable(typeof(BlockResponse))]
[JsonSerializable(typeof(PagedResponse<RevisionSummaryResponse>))]
[JsonSerializable(typeof(RevisionResponse))]
[JsonSerializable(typeof(MediaResponse))]
[JsonSerializable(typeof(PagedResponse<MediaResponse>))]
[JsonSerializable(typeof(RevisionDiffResponse))]
[JsonSerializable(typeof(PagedResponse<CommentResponse>))]
[JsonSerializable(typeof(CommentResponse))]
[JsonSerializable(typeof(PostedCommentResponse))]
[JsonSerializable(typeof(PagedResponse<ModeratedCommentResponse>))]
[JsonSerializable(typeof(ModeratedCommentResponse))]
[JsonSerializable(typeof(FormTokenResponse))]
[JsonSerializable(typeof(ErasureResponse))]
[JsonSerializable(typeof(CommentRequest))]
[JsonSerializable(typeof(ErasureRequest))]
public sealed partial class ContentJsonContext : JsonSerializerContext;
