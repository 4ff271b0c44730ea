namespace ContentApi.Benchmarks;

/// <summary>A photo-like test image made here: a colour gradient with noise, so no encoder gets a flat, easy picture.</summary>
internal static class SyntheticPhoto
{
    public static byte[] Jpeg(int width, int height)
    {
        using var xyz = NetVips.Image.Xyz(width, height);
        using var x = xyz[0] * (255.0 / width);
        using var y = xyz[1] * (255.0 / height);
        using var noise = NetVips.Image.Gaussnoise(width, height, sigma: 20);
        using var colour = x.Bandjoin(y, (x + y + noise) / 2);
        using var image = colour.Cast(NetVips.Enums.BandFormat.Uchar);
        return image.JpegsaveBuffer(q: 90);
    }
}
