namespace ContentApi.OpenApi;

/// <summary>
/// A request body's schema: <see cref="ResponseSchemaFilter"/> leaves it alone, since a member a client may leave out
/// (every member of a merge patch) is not required. What is required is the validator's to say, in the descriptions.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequestSchemaAttribute : Attribute;
