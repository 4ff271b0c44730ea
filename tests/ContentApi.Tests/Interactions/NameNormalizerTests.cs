using ContentApi.Interactions;

namespace ContentApi.Tests.Interactions;

/// <summary>How typed names fold into comparable keys.</summary>
public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Quinolone Antibiotics", "quinolone antibiotic")]
    [InlineData("quinolone-antibiotic", "quinolone antibiotic")]
    [InlineData("  Kidney   disease ", "kidney disease")]
    [InlineData("Néxium", "nexium")]
    [InlineData("PPIs", "ppi")]
    [InlineData("gas", "gas")]
    [InlineData("ibs", "ibs")]
    [InlineData("pass", "pass")]
    [InlineData("illness", "illness")]
    [InlineData("diuretics,", "diuretic")]
    [InlineData("A.C.E.", "a c e")]
    [InlineData("", "")]
    [InlineData("---", "")]
    public void NamesFoldToTheirKey(string typed, string key) => Assert.Equal(key, NameNormalizer.Normalize(typed));
}
