namespace ContentApi.OpenApi;

/// <summary>
/// The length of each string in a list member (<c>[StringLength]</c> bounds the list's own count only through
/// <c>[MaxLength]</c>): the document shows it as the items' <c>minLength</c>/<c>maxLength</c>, and the validators read
/// it from here, so the two cannot drift.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ItemLengthAttribute(int maximumLength) : Attribute
{
    public int MaximumLength { get; } = maximumLength;

    public int MinimumLength { get; init; }
}
