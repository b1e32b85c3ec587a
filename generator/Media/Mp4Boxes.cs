using System.Buffers.Binary;

namespace InfoSiteGen.Media;

/// <summary>
/// The box structure of MP4 (and M4A, MOV) files, enough to publish them without metadata: phones write the place a
/// clip was filmed (<c>©xyz</c>), the device and the owner into <c>udta</c> and <c>meta</c> boxes, and XMP into
/// <c>uuid</c> boxes. Those boxes are blanked in place — turned into <c>free</c> boxes of the same size, filled with
/// zeros — so no offset to the media data changes and every player still plays the file. Sizes are checked before
/// they are trusted, and nesting is limited, so a hostile file is refused, never a crash or an endless loop.
/// </summary>
public static class Mp4Boxes
{
    /// <summary>Real files nest a few levels deep (moov, trak, mdia, minf, stbl); anything deeper is refused.</summary>
    private const int MaxDepth = 16;

    private static readonly HashSet<string> Containers = ["moov", "trak", "mdia", "minf", "stbl", "edts", "dinf", "moof", "traf", "mvex"];
    private static readonly HashSet<string> Metadata = ["udta", "meta", "uuid", "ilst", "XMP_"];

    /// <summary>True when the bytes start like an MP4 file (an <c>ftyp</c> box).</summary>
    public static bool IsMp4(ReadOnlySpan<byte> bytes) => bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8);

    /// <summary>Blanks every metadata box in place and returns the playing time from <c>mvhd</c>, if any.</summary>
    /// <exception cref="UnusableMediaException">The box structure is broken.</exception>
    public static TimeSpan? StripMetadata(Span<byte> file)
    {
        TimeSpan? duration = null;
        Walk(file, 0, file.Length, 0, ref duration);
        return duration;
    }

    private static void Walk(Span<byte> file, int start, int end, int depth, ref TimeSpan? duration)
    {
        if (depth > MaxDepth)
        {
            throw Broken();
        }

        var at = start;
        while (at + 8 <= end)
        {
            ulong size = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            var header = 8;
            if (size == 1)
            {
                if (at + 16 > end)
                {
                    throw Broken();
                }

                size = BinaryPrimitives.ReadUInt64BigEndian(file[(at + 8)..]);
                header = 16;
            }
            else if (size == 0)
            {
                size = (ulong)(end - at);
            }

            if (size < (ulong)header || size > (ulong)(end - at))
            {
                throw Broken();
            }

            var box = (int)size;
            var type = System.Text.Encoding.Latin1.GetString(file.Slice(at + 4, 4));
            if (Metadata.Contains(type))
            {
                "free"u8.CopyTo(file[(at + 4)..]);
                file.Slice(at + header, box - header).Clear();
            }
            else if (Containers.Contains(type))
            {
                Walk(file, at + header, at + box, depth + 1, ref duration);
            }
            else if (type == "mvhd")
            {
                duration = MovieDuration(file.Slice(at + header, box - header));
            }

            at += box;
        }
    }

    /// <summary>The movie header's length over its time scale; none when unknown (all ones) or absurd.</summary>
    private static TimeSpan? MovieDuration(ReadOnlySpan<byte> body)
    {
        var (timescale, length) = body.Length >= 32 && body[0] == 1
            ? (BinaryPrimitives.ReadUInt32BigEndian(body[20..]), BinaryPrimitives.ReadUInt64BigEndian(body[24..]))
            : body.Length >= 20 ? (BinaryPrimitives.ReadUInt32BigEndian(body[12..]), BinaryPrimitives.ReadUInt32BigEndian(body[16..])) : (0u, 0ul);
        var seconds = timescale == 0 ? double.NaN : (double)length / timescale;
        return seconds is >= 0 and < 1e7 ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static UnusableMediaException Broken() => new("tệp MP4 bị hỏng hoặc không đầy đủ", "the MP4 file is damaged or incomplete");
}
