using System.ComponentModel.DataAnnotations;

namespace ContentApi.Editing;

/// <summary>Settings of the write API (section <c>Editing</c>).</summary>
public sealed class EditingOptions
{
    public const string Section = "Editing";

    /// <summary>The largest request body a write accepts; larger ones are a 413 problem.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a write waits for the database's write lock (BEGIN IMMEDIATE) before answering 503.</summary>
    [Range(1, 60)]
    public int LockTimeoutSeconds { get; set; } = 5;
}
