namespace ContentApi.Database;

/// <summary>The database could not be opened, migrated or seeded; the message says why in one line.</summary>
public sealed class DatabaseStartupException(string message, Exception? inner = null) : Exception(message, inner);
