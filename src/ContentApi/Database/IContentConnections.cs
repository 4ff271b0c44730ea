using System.Data.Common;

namespace ContentApi.Database;

/// <summary>
/// The seam between repositories and the engine: a new pooled connection per operation, and the dialect its SQL must be
/// written in. Registered by <c>Database:Provider</c>; a repository that takes this instead of a concrete factory serves
/// either engine, with only its dialect-specific fragments switching on <see cref="Dialect"/>.
/// </summary>
public interface IContentConnections
{
    SqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
