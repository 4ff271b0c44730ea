namespace ContentApi.Links;

/// <summary>
/// Marks a response member that holds an API path: it is written as an absolute URL against
/// <see cref="PublicLinks.BaseFor"/> (<see cref="AbsoluteUrlConverter"/>), and documented as <c>format: uri</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteUrlAttribute : Attribute;
