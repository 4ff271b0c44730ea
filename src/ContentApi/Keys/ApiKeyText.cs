using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ContentApi.Keys;

/// <summary>
/// The text of a key, <c>ca_&lt;id&gt;_&lt;secret&gt;</c>: the id is 10 random base32 characters, public (lists, logs and
/// <c>keys revoke</c> name it); the secret is 32 random bytes (256 bits) in base64url. Only the SHA-256 of the whole text
/// is stored. A slow password hash would add nothing: no one can search 2^256 secrets, fast hash or not.
/// </summary>
internal static class ApiKeyText
{
    public const string Prefix = "ca_";

    public const int IdLength = 10;

    private const int SecretBytes = 32;

    /// <summary>Unpadded base64url of <see cref="SecretBytes"/> bytes.</summary>
    private const int SecretLength = 43;

    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private static readonly SearchValues<char> IdCharacters = SearchValues.Create(IdAlphabet);

    // Base64url's alphabet alone: Base64Url.IsValid would also pass padding and white space.
    private static readonly SearchValues<char> SecretCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static int Length => Prefix.Length + IdLength + 1 + SecretLength;

    /// <summary>A new key from the operating system's random number generator.</summary>
    public static (string Id, string Key) Generate()
    {
        var id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The id of a key written in this API's form; false for any other text (a malformed key).</summary>
    public static bool TryReadId(ReadOnlySpan<char> key, out string id)
    {
        id = "";
        if (key.Length != Length || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        var idPart = key.Slice(Prefix.Length, IdLength);
        if (idPart.ContainsAnyExcept(IdCharacters) || key[(Prefix.Length + IdLength + 1)..].ContainsAnyExcept(SecretCharacters))
        {
            return false;
        }

        id = idPart.ToString();
        return true;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>, compared in constant time: how long the
    /// comparison takes tells a caller nothing about how many bytes matched.
    /// </summary>
    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);
}
