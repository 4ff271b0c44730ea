using System.Reflection;
using ContentApi.Paging;
using ContentApi.Tests.Infrastructure;
using ContentApi.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace ContentApi.Tests.Validation;

/// <summary>
/// Rules that are built while the host starts — the table of declared query parameters and the validators — checked
/// in a host each test starts itself. (Mutation testing activates a mutant only inside a test, so a shared host built
/// once would never show it a mutated rule.)
/// </summary>
public sealed class FreshHostRuleTests
{
    [Theory]
    [InlineData("/api/foods?page=1&page=2", "page", "'page' was given 2 times; give it once.")]
    [InlineData("/api/search?q=sleep&type=food&type=remedy", "type", "'type' was given 2 times; give it once.")]
    [InlineData("/api/search?q=sle%00ep", "q",
        "'q' contains a control character (such as NUL, a tab, a line break or a text-direction override); send plain text.")]
    public async Task DeclaredParametersAreCheckedByNameInAFreshHost(string url, string parameter, string message)
    {
        using var factory = new ContentApiFactory();

        var messages = await factory.CreateClient().GetValidationErrorsAsync(url, parameter);

        Assert.Equal(message, Assert.Single(messages));
    }

    [Fact]
    public async Task UnknownNutrientsListEveryKnownOne()
    {
        using var factory = new ContentApiFactory();
        var client = factory.CreateClient();
        await factory.ExecuteSqlAsync("""
            INSERT INTO foods (article_id, name, serving, nutrient, amount_mg, amount_max_mg, percent_daily_value, source_id, updated_at)
            VALUES (NULL, 'Test lentils', '1 cup', 'iron', 6, NULL, 33, 2, '2026-11-25T00:00:00Z');
            """);

        var messages = await client.GetValidationErrorsAsync("/api/foods/plan?nutrient=zinc&targetMg=10", "nutrient");

        Assert.Equal("No foods are measured for 'zinc'. Known nutrients: iron, magnesium.", Assert.Single(messages));
    }

    [Fact]
    public void AnEndpointWithoutQueryParametersDocumentsNo400()
    {
        // Every read the API maps now takes a query parameter (at least 'preview'), so the rule is checked on endpoints
        // built here, with the host's validators: a route value alone adds no 400; a validated query adds one.
        using var factory = new ContentApiFactory();

        Assert.DoesNotContain(ValidatedEndpoint(factory, nameof(RouteValueOnly)).Metadata.OfType<IProducesResponseTypeMetadata>(),
            produces => produces.StatusCode == StatusCodes.Status400BadRequest);
        Assert.Contains(ValidatedEndpoint(factory, nameof(PagedQuery)).Metadata.OfType<IProducesResponseTypeMetadata>(),
            produces => produces.StatusCode == StatusCodes.Status400BadRequest);
    }

    private static string RouteValueOnly(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string PagedQuery([AsParameters] PagingQuery paging) => paging.Size.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An endpoint for the named handler of this class, with request validation's convention applied.</summary>
    private static RouteEndpointBuilder ValidatedEndpoint(ContentApiFactory factory, string handler)
    {
        var method = typeof(FreshHostRuleTests).GetMethod(handler, BindingFlags.NonPublic | BindingFlags.Static)!;
        var endpoint = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse("/test/{id}"), 0) { ApplicationServices = factory.Services };
        endpoint.Metadata.Add(method);
        var conventions = new Conventions();
        conventions.WithRequestValidation();
        conventions.Apply(endpoint);
        return endpoint;
    }

    private sealed class Conventions : IEndpointConventionBuilder
    {
        private readonly List<Action<EndpointBuilder>> _conventions = [];

        public void Add(Action<EndpointBuilder> convention) => _conventions.Add(convention);

        public void Apply(EndpointBuilder endpoint) => _conventions.ForEach(convention => convention(endpoint));
    }

    [Fact]
    public async Task ListsMayRepeatInAFreshHost()
    {
        using var factory = new ContentApiFactory();

        var answer = await factory.CreateClient().OkJsonAsync("/api/interactions/check?medications=Cipro&medications=Lasix&conditions=pregnant");

        Assert.Equal(3, answer.GetProperty("checked").GetInt32());
    }

    [Theory]
    [InlineData("targetMg=100", "nutrient", "'nutrient' must not be empty.")]
    [InlineData("nutrient=iron&targetMg=100", "nutrient", "No foods are measured for 'iron'. Known nutrients: magnesium.")]
    [InlineData("nutrient=magnesium&targetMg=100&maxServings=51", "maxServings", "'maxServings' must be from 1 to 50; '51' is not.")]
    [InlineData("nutrient=magnesium&targetMg=100&maxServingsPerFood=11", "maxServingsPerFood", "'maxServingsPerFood' must be from 1 to 10; '11' is not.")]
    [InlineData("nutrient=magnesium&targetMg=100&exclude=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,aa,bb,cc,dd,ee,ff,gg,hh,ii,jj,kk,ll,mm,nn,oo,pp,qq,rr,ss,tt,uu,vv,ww,xx,yy",
        "exclude", "'exclude' takes at most 50 ids or names, each at most 100 characters.")]
    public async Task FoodPlanRulesHoldInAFreshHost(string query, string parameter, string message)
    {
        using var factory = new ContentApiFactory();

        var messages = await factory.CreateClient().GetValidationErrorsAsync($"/api/foods/plan?{query}", parameter);

        Assert.Equal(message, Assert.Single(messages));
    }
}
