using System.ComponentModel.DataAnnotations;
using System.Reflection;
using ContentApi.Search;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Search;

/// <summary>The type filter reads rowid ranges: each hit type has one, and it holds exactly that type's documents.</summary>
[Collection(SharedApi.Name)]
public sealed class SearchDocumentRowidTests(ContentApiFactory factory)
{
    private static readonly string[] Types = [.. typeof(SearchHit).GetProperty(nameof(SearchHit.Type))!
        .GetCustomAttribute<AllowedValuesAttribute>()!.Values.Cast<string>()];

    [Fact]
    public void EveryHitTypeHasItsOwnRange()
    {
        var ranges = Types.Select(SearchDocumentRowids.Of).OrderBy(range => range.From).ToList();

        Assert.Equal(Types.Length, ranges.Select(range => range.From).Distinct().Count());
        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.True(pair.First.To <= pair.Second.From));
    }

    [Fact]
    public async Task EachTypesRangeHoldsExactlyItsIndexedDocuments()
    {
        _ = factory.CreateClient();
        foreach (var type in Types)
        {
            var (from, to) = SearchDocumentRowids.Of(type);
            var inRange = await SqliteFile.QueryAsync<string>(factory.DatabasePath, $"SELECT DISTINCT type FROM search_index WHERE rowid >= {from} AND rowid < {to}");
            var ofType = await SqliteFile.ScalarAsync(factory.DatabasePath, $"SELECT count(*) FROM search_index WHERE type = '{type}'");
            var counted = await SqliteFile.ScalarAsync(factory.DatabasePath, $"SELECT count(*) FROM search_index WHERE rowid >= {from} AND rowid < {to}");

            Assert.Equal([type], inRange);
            Assert.Equal(ofType, counted);
        }
    }
}
