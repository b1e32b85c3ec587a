using System.Buffers.Binary;

namespace InfoSiteGen.Media;

/// <summary>
/// The box structure of MP4 (and M4A, MOV) files, enough to publish them without metadata: phones write the place a
/// clip was filmed (<c>©xyz</c>), the device and the owner into <c>udta</c> and <c>meta</c> boxes, and XMP into
/// <c>uuid</c> boxes. Those boxes are blanked in place — turned into <c>free</c> boxes of the same size, filled with
/// zeros — so no offset to the media data changes and every player still plays the file.
/// </summary>
public static class Mp4Boxes
{
    private static readonly HashSet<string> Containers = ["moov", "trak", "mdia", "minf", "stbl", "edts", "dinf", "moof", "traf", "mvex"];
    private static readonly HashSet<string> Metadata = ["udta", "meta", "uuid", "ilst", "XMP_"];

    /// <summary>True when the bytes start like an MP4 file (an <c>ftyp</c> box).</summary>
    public static bool IsMp4(ReadOnlySpan<byte> bytes) => bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8);

    /// <summary>Blanks every metadata box in place and returns the playing time from <c>mvhd</c>, if any.</summary>
    /// <exception cref="UnusableMediaException">The box structure is broken.</exception>
    public static TimeSpan? StripMetadata(Span<byte> file)
    {
        TimeSpan? duration = null;
        Walk(file, 0, file.Length, ref duration);
        return duration;
    }

    private static void Walk(Span<byte> file, int start, int end, ref TimeSpan? duration)
    {
        var at = start;
        while (at + 8 <= end)
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            var header = 8;
            if (size == 1 && at + 16 <= end)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(file[(at + 8)..]);
                header = 16;
            }
            else if (size == 0)
            {
                size = end - at;
            }

            if (size < header || at + size > end)
            {
                throw new UnusableMediaException("tệp MP4 bị hỏng hoặc không đầy đủ", "the MP4 file is damaged or incomplete");
            }

            var type = System.Text.Encoding.Latin1.GetString(file.Slice(at + 4, 4));
            var box = (int)size;
            if (Metadata.Contains(type))
            {
                "free"u8.CopyTo(file[(at + 4)..]);
                file.Slice(at + header, box - header).Clear();
            }
            else if (Containers.Contains(type))
            {
                Walk(file, at + header, at + box, ref duration);
            }
            else if (type == "mvhd" && box >= header + 20)
            {
                var body = file[(at + header)..];
                var version = body[0];
                var (timescale, length) = version == 1 && box >= header + 32
                    ? (BinaryPrimitives.ReadUInt32BigEndian(body[20..]), (double)BinaryPrimitives.ReadUInt64BigEndian(body[24..]))
                    : (BinaryPrimitives.ReadUInt32BigEndian(body[12..]), BinaryPrimitives.ReadUInt32BigEndian(body[16..]));
                duration = timescale > 0 ? TimeSpan.FromSeconds(length / timescale) : null;
            }

            at += box;
        }
    }
}
