namespace ContentApi.Database;

/// <summary>The content database cannot serve right now (missing, damaged, unreadable); answered as 503.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
