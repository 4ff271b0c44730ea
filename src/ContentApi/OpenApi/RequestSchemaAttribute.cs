namespace ContentApi.OpenApi;

/// <summary>
/// A request body's schema: <see cref="ResponseSchemaFilter"/> leaves it alone, since a member a client may leave out
/// (every member of a merge patch) is not required. <see cref="RequestSchemaFilter"/> documents what is:
/// <see cref="Required"/> lists the members the validator refuses to miss (and refuses null in), for a record that only
/// one operation reads; a record several operations read with different rules is shaped per operation with
/// <see cref="RequestShape"/>. Blocks in a request are <c>BlockRequest</c>s, whose <c>sourceKey</c> may be left out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequestSchemaAttribute(params string[] required) : Attribute
{
    /// <summary>The members a body must send, not null (JSON names).</summary>
    public IReadOnlyList<string> Required { get; } = required;
}
