using ContentApi.Editing;
using FluentValidation;

namespace ContentApi.Comments;

/// <summary>A comment operation's body as the write API reads one: strictly (413, 415, 400), bound, then checked by its rules.</summary>
internal static class CommentBodies
{
    public static async Task<BodyRead<T>> ReadCheckedAsync<T>(HttpRequest request, IReadOnlySet<string> members, IValidator<T> rules, int maxBytes) where T : class
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.Json, members, maxBytes);
        if (body.Value is not { } json)
        {
            return new BodyRead<T>(null, body.Invalid, body.Refused);
        }

        var bound = JsonBody.Bind<T>(json);
        if (bound.Value is not { } value)
        {
            return bound;
        }

        return CollectionRules.Check(rules, value) is { } invalid ? new BodyRead<T>(null, invalid) : bound;
    }
}
