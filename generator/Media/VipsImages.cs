using InfoSiteGen.Configuration;
using NetVips;

namespace InfoSiteGen.Media;

/// <summary>What the build needs to know of a picture before it decodes it: its size upright, whether it is transparent, its format.</summary>
public sealed record ImageHeader(int Width, int Height, bool HasAlpha, string Format);

/// <summary>A file that could not be read as a picture, with the reason in both languages.</summary>
public sealed class UnusableMediaException(string vietnamese, string english, Exception? inner = null) : Exception(english, inner)
{
    public string Vietnamese { get; } = vietnamese;

    public string English { get; } = english;
}

/// <summary>
/// The one place that talks to libvips (through NetVips). Pictures are always read from bytes in memory, never
/// from a path, so a file name can never carry libvips load options. Only the loaders of the formats the site
/// accepts may run: libvips can also read text matrices, PDFs or SVGs as images, which a photo link must not do.
/// </summary>
public static class VipsImages
{
    private static readonly Dictionary<string, string> Loaders = new(StringComparer.Ordinal)
    {
        ["VipsForeignLoadJpegBuffer"] = "jpeg",
        ["VipsForeignLoadPngBuffer"] = "png",
        ["VipsForeignLoadWebpBuffer"] = "webp",
        ["VipsForeignLoadNsgifBuffer"] = "gif",
        ["VipsForeignLoadTiffBuffer"] = "tiff",
        ["VipsForeignLoadHeifBuffer"] = "avif",
    };

    /// <summary>
    /// Makes the loader fail on a damaged or truncated file instead of filling the missing part with grey. Given as a
    /// load option: the thumbnail operation does not pass its own fail-on setting to the loader of a buffer.
    /// </summary>
    private const string FailOnError = "fail_on=error";

    private static readonly Lazy<bool> Ready = new(() =>
    {
        // Warnings about broken files become the exception's message; libvips would also print them on stderr.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info | Enums.LogLevelFlags.Debug, (_, _, _) => { });
        NetVips.NetVips.BlockUntrusted = true;
        // The build keeps what it needs itself; libvips' operation cache would hold decoded pictures for nothing.
        Cache.Max = 0;
        return true;
    });

    /// <summary>Reads the header only: fast, and enough to plan the copies and refuse oversized pictures before decoding them.</summary>
    /// <exception cref="UnusableMediaException">The bytes are not a picture of an accepted format.</exception>
    public static ImageHeader Probe(byte[] bytes)
    {
        _ = Ready.Value;
        var loader = Image.FindLoadBuffer(bytes);
        if (loader is null || !Loaders.TryGetValue(loader, out var format))
        {
            throw loader is null
                ? new UnusableMediaException("tệp này không phải là ảnh, hoặc đã hỏng", "the file is not a picture, or it is damaged")
                : new UnusableMediaException(
                    "ảnh ở định dạng không dùng được trên trang; hãy lưu lại ảnh dưới dạng JPEG hoặc PNG",
                    "the picture is in a format the site does not use; save it again as JPEG or PNG");
        }

        try
        {
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            var orientation = image.Contains("orientation") ? Convert.ToInt32(image.Get("orientation"), System.Globalization.CultureInfo.InvariantCulture) : 1;
            if (format == "avif" && image.Contains("heif-compression") && image.Get("heif-compression") is string compression && compression != "av1")
            {
                // HEIC photos of phones: the header reads, but the HEVC pictures inside cannot be decoded here.
                throw new UnusableMediaException(
                    "ảnh HEIC (định dạng mặc định của một số điện thoại) không dùng được trên trang; hãy lưu lại ảnh dưới dạng JPEG",
                    "HEIC photos (the default of some phones) cannot be used on the site; save the photo again as JPEG");
            }

            var turned = orientation is >= 5 and <= 8;
            return new ImageHeader(turned ? image.Height : image.Width, turned ? image.Width : image.Height, image.HasAlpha(), format);
        }
        catch (VipsException e)
        {
            throw new UnusableMediaException("không đọc được ảnh: tệp bị hỏng hoặc không đầy đủ", "the picture cannot be read: the file is damaged or incomplete", e);
        }
    }

    /// <summary>
    /// Decodes the picture once at its widest copy, upright and in sRGB, then encodes every copy from that, widest
    /// first, with no metadata at all (EXIF with GPS, XMP, IPTC, ICC, comments, thumbnails).
    /// <paramref name="write"/> receives each copy's bytes.
    /// </summary>
    /// <exception cref="UnusableMediaException">The picture is damaged or incomplete.</exception>
    /// <param name="shareCrop">Also this cut around the centre, from the same decoded picture (see <see cref="PublishedImage.ShareCrop"/>).</param>
    public static void Encode(byte[] bytes, PublishedImage image, Action<ImageVariant, byte[]> write, ImageVariant? shareCrop = null)
    {
        _ = Ready.Value;
        try
        {
            var widest = image.Variants.MaxBy(v => v.Width)!;
            // Fail on any decoding error: a half-decoded photo would be published grey at the bottom.
            using var decoded = Image.ThumbnailBuffer(bytes, widest.Width, FailOnError, height: widest.Height, size: Enums.Size.Force, outputProfile: ProfileTarget(bytes));
            using var upright = ToSrgb(decoded).CopyMemory();
            foreach (var group in image.Variants.GroupBy(v => (v.Width, v.Height)).OrderByDescending(g => g.Key.Width))
            {
                using var sized = group.Key.Width == upright.Width && group.Key.Height == upright.Height
                    ? upright.Copy()
                    : upright.ThumbnailImage(group.Key.Width, height: group.Key.Height, size: Enums.Size.Force);
                using var ready = sized.CopyMemory();
                foreach (var variant in group)
                {
                    write(variant, Save(ready, variant.Format, image.FallbackFormat == "png"));
                }
            }

            if (shareCrop is not null)
            {
                // From the widest copy in memory rather than from the file: a second decode of the photo costs more than all its copies.
                using var cut = upright.ThumbnailImage(shareCrop.Width, height: shareCrop.Height, crop: Enums.Interesting.Centre);
                using var flat = cut.HasAlpha() ? cut.Flatten([255, 255, 255]) : cut.Copy();
                write(shareCrop, flat.JpegsaveBuffer(q: ImageSettings.Quality, optimizeCoding: true, keep: Enums.ForeignKeep.None));
            }
        }
        catch (VipsException e)
        {
            throw new UnusableMediaException("không đọc được ảnh: tệp bị hỏng hoặc không đầy đủ", "the picture cannot be read: the file is damaged or incomplete", e);
        }
    }

    /// <summary>
    /// "srgb" for a picture with a colour profile, whose colours are converted from it; null for one without, which
    /// is taken as sRGB already. Asking for sRGB output of a picture without a profile would run every pixel through
    /// a colour transform from sRGB to sRGB: most of the time of a photo's copies.
    /// </summary>
    private static string? ProfileTarget(byte[] bytes)
    {
        using var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
        return header.Contains("icc-profile-data") ? "srgb" : null;
    }

    /// <summary>Grey pictures stay grey; everything else (CMYK without a profile, 16-bit) ends as 8-bit sRGB.</summary>
    internal static Image ToSrgb(Image image)
    {
        var space = image.Interpretation is Enums.Interpretation.Bw or Enums.Interpretation.Grey16 ? Enums.Interpretation.Bw : Enums.Interpretation.Srgb;
        var converted = image.Interpretation == space ? image.Copy() : image.Colourspace(space);
        return converted.Format == Enums.BandFormat.Uchar ? converted : converted.Cast(Enums.BandFormat.Uchar);
    }

    private static byte[] Save(Image image, string format, bool drawing) => format switch
    {
        "webp" => drawing
            ? image.WebpsaveBuffer(lossless: true, effort: 4, keep: Enums.ForeignKeep.None)
            : image.WebpsaveBuffer(q: ImageSettings.Quality, effort: 4, keep: Enums.ForeignKeep.None),
        "avif" => image.HeifsaveBuffer(q: ImageSettings.AvifQuality, compression: Enums.ForeignHeifCompression.Av1, effort: 4, keep: Enums.ForeignKeep.None),
        "png" => image.PngsaveBuffer(compression: 9, effort: 7, keep: Enums.ForeignKeep.None),
        _ => (image.HasAlpha() ? image.Flatten([255, 255, 255]) : image).JpegsaveBuffer(
            q: ImageSettings.Quality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
    };
}
