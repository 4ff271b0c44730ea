using System.Buffers.Text;
using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using ContentApi.Keys;

namespace ContentApi.Tests.Keys;

/// <summary>What a key is made of, how it is read back, and how its hash is compared.</summary>
public sealed class ApiKeyTextTests
{
    [Fact]
    public void AKeyIsAPublicIdAnd256RandomBitsAndNoTwoAreAlike()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKeyText.Generate()).ToList();

        foreach (var (id, key) in keys)
        {
            Assert.Matches("^ca_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$", key);
            Assert.True(ApiKeyText.TryReadId(key, out var read));
            Assert.Equal(id, read);
            Assert.Equal(32, Base64Url.DecodeFromChars(key.AsSpan(14)).Length);
        }

        Assert.Equal(keys.Count, keys.Select(key => key.Id).Distinct().Count());
        Assert.Equal(keys.Count, keys.Select(key => key.Key[14..]).Distinct().Count());
    }

    private static readonly string Secret = new('A', 43);

    public static TheoryData<string> NotKeys => new()
    {
        "", "ca_", "ca_abcdefghij", "ca_abcdefghij_",
        "CA_abcdefghij_" + Secret,
        "ca_ABCDEFGHIJ_" + Secret,
        "ca_abcdefgh01_" + Secret,
        "ca_abcdefghij-" + Secret,
        "ca_abcdefghij_" + Secret[1..],
        "ca_abcdefghij_" + Secret + "A",
        "ca_abcdefghij_" + Secret[1..] + "=",
        "ca_abcdefghij_" + Secret[2..] + "+/",
        "ca_abcdefghij_" + Secret[1..] + "\u00e9",
        "ca_abcdefghij_" + Secret[1..] + " ",
    };

    [Fact]
    public void AKeyOfTheRightFormIsReadWhetherOrNotItExists() => Assert.True(ApiKeyText.TryReadId("ca_abcdefghij_" + Secret, out _));

    [Theory]
    [MemberData(nameof(NotKeys))]
    public void TextNotInTheKeysFormIsMalformed(string text) => Assert.False(ApiKeyText.TryReadId(text, out _));

    [Fact]
    public void OnlyTheExactKeyMatchesItsHash()
    {
        var (_, key) = ApiKeyText.Generate();
        var hash = ApiKeyText.Hash(key);

        Assert.Equal(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), hash);
        Assert.True(ApiKeyText.Matches(key, hash));
        Assert.False(ApiKeyText.Matches(key[..^1] + (key[^1] == 'A' ? 'Q' : 'A'), hash));
        Assert.False(ApiKeyText.Matches(key, new byte[32]));
    }

    /// <summary>
    /// Timing cannot be measured reliably in a test, so the comparison is checked where it is made: the hash check calls
    /// <see cref="CryptographicOperations.FixedTimeEquals"/> and no comparison that stops at the first differing byte.
    /// </summary>
    [Fact]
    public void TheHashIsComparedInConstantTime()
    {
        var calls = CalledMethods(typeof(ApiKeyText).GetMethod(nameof(ApiKeyText.Matches))!);

        Assert.Contains(calls, method => method.DeclaringType == typeof(CryptographicOperations) && method.Name == nameof(CryptographicOperations.FixedTimeEquals));
        Assert.DoesNotContain(calls, method => method.Name is "SequenceEqual" or "Equals" or "op_Equality" or "SequenceCompareTo");
    }

    /// <summary>The methods a method's IL calls (call, callvirt), read from its body.</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var calls = new List<MethodBase>();
        for (var offset = 0; offset < il.Length; offset++)
        {
            if ((il[offset] == OpCodes.Call.Value || il[offset] == OpCodes.Callvirt.Value) && offset + 4 < il.Length
                && TryResolve(method.Module, BitConverter.ToInt32(il, offset + 1)) is { } called)
            {
                calls.Add(called);
                offset += 4;
            }
        }

        return calls;
    }

    private static MethodBase? TryResolve(Module module, int token)
    {
        try
        {
            return module.ResolveMethod(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
