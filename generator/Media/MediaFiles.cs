using System.Buffers.Binary;

namespace InfoSiteGen.Media;

/// <summary>A video, sound or caption file as published: cleaned of metadata, named by the hash of what is published.</summary>
public sealed record PublishedFile(string Source, string OutputPath, string MimeType, long SizeBytes, TimeSpan? Duration);

/// <summary>
/// Prepares the bytes of self-hosted video, sound and caption files for publishing: MP4 and M4A lose their
/// metadata boxes (the place of filming among them), MP3 its ID3 tags, caption files become checked WebVTT.
/// </summary>
public static class MediaFiles
{
    public static readonly IReadOnlySet<string> VideoExtensions = new HashSet<string>([".mp4", ".m4v", ".mov", ".webm"], StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlySet<string> AudioExtensions = new HashSet<string>([".mp3", ".m4a", ".ogg", ".oga", ".opus"], StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlySet<string> CaptionExtensions = new HashSet<string>([".vtt", ".srt"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The bytes to publish, their type, the extension of the published file and the playing time when known.</summary>
    /// <exception cref="UnusableMediaException">The file is not what its extension says, or is damaged.</exception>
    public static (byte[] Bytes, string MimeType, string Extension, TimeSpan? Duration) Prepare(string fileName, byte[] bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".mp4" or ".m4v" or ".mov" or ".m4a":
                if (!Mp4Boxes.IsMp4(bytes))
                {
                    throw new UnusableMediaException("tệp không phải là tệp MP4", "the file is not an MP4 file");
                }

                var duration = Mp4Boxes.StripMetadata(bytes);
                return extension == ".m4a" ? (bytes, "audio/mp4", "m4a", duration) : (bytes, "video/mp4", "mp4", duration);
            case ".webm":
                if (bytes.Length < 4 || BinaryPrimitives.ReadUInt32BigEndian(bytes) != 0x1A45DFA3)
                {
                    throw new UnusableMediaException("tệp không phải là tệp WebM", "the file is not a WebM file");
                }

                return (bytes, "video/webm", "webm", null);
            case ".mp3":
                var audio = WithoutId3(bytes);
                return (audio, "audio/mpeg", "mp3", Mp3Duration(audio));
            case ".ogg" or ".oga" or ".opus":
                if (bytes.Length < 4 || !bytes.AsSpan(0, 4).SequenceEqual("OggS"u8))
                {
                    throw new UnusableMediaException("tệp không phải là tệp Ogg", "the file is not an Ogg file");
                }

                return (bytes, "audio/ogg", "ogg", null);
            case ".vtt" or ".srt":
                return (new System.Text.UTF8Encoding(false).GetBytes(Captions.ToWebVtt(fileName, bytes)), "text/vtt", "vtt", null);
            default:
                throw new UnusableMediaException(
                    "đây không phải tệp video (MP4, WebM), âm thanh (MP3, M4A, Ogg) hay phụ đề (WebVTT, SRT)",
                    "the file is not a video (MP4, WebM), sound (MP3, M4A, Ogg) or caption (WebVTT, SRT) file");
        }
    }

    /// <summary>
    /// Formats that carry the author's data and that the site cannot clean or show: camera RAW files, layered
    /// drawings, uncompressed or lossless sound, and video containers other than MP4 and WebM. A link to one is
    /// refused with what to save it as.
    /// </summary>
    public static readonly IReadOnlySet<string> RefusedExtensions = new HashSet<string>(
        [".svgz", ".dng", ".cr2", ".cr3", ".nef", ".arw", ".orf", ".rw2", ".raf", ".jxl", ".psd", ".xcf", ".wav", ".flac", ".aif", ".aiff", ".wma", ".mkv", ".avi", ".wmv", ".flv", ".3gp"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the first bytes are those of a picture or an MP4 clip, whatever the file's name says: such a file is
    /// never copied as it is, since it would carry its metadata (a photo saved as <c>.dat</c>, a clip as <c>.bin</c>).
    /// </summary>
    public static bool LooksLikePictureOrClip(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])
        || head.StartsWith("GIF8"u8) || (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) || Mp4Boxes.IsMp4(head);

    /// <summary>An MP3 without its ID3v2 header and ID3v1 trailer (artist, album, comments, pictures).</summary>
    private static byte[] WithoutId3(byte[] bytes)
    {
        var start = 0;
        if (bytes.Length >= 10 && bytes.AsSpan(0, 3).SequenceEqual("ID3"u8))
        {
            // The tag size is "syncsafe": four bytes of seven bits each.
            var size = (bytes[6] << 21) | (bytes[7] << 14) | (bytes[8] << 7) | bytes[9];
            start = Math.Min(bytes.Length, 10 + size + ((bytes[5] & 0x10) != 0 ? 10 : 0));
        }

        var end = bytes.Length >= 128 && bytes.AsSpan(bytes.Length - 128, 3).SequenceEqual("TAG"u8) ? bytes.Length - 128 : bytes.Length;
        // An APEv2 tag ends in a 32-byte footer "APETAGEX" giving the tag's size (footer included), plus its header if flagged.
        if (end - start >= 32 && bytes.AsSpan(end - 32, 8).SequenceEqual("APETAGEX"u8))
        {
            var size = (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end - 20)) + ((bytes[end - 9] & 0x80) != 0 ? 32 : 0);
            end = size <= end - start ? end - (int)size : start;
        }
        if (end - start < 4 || bytes[start] != 0xFF || (bytes[start + 1] & 0xE0) != 0xE0)
        {
            throw new UnusableMediaException("tệp không phải là tệp MP3", "the file is not an MP3 file");
        }

        return bytes[start..end];
    }

    /// <summary>Playing time from the first frame's bit rate: exact for constant bit rates, an estimate otherwise.</summary>
    private static TimeSpan? Mp3Duration(byte[] audio)
    {
        int[] mpeg1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
        int[] mpeg2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
        var isMpeg1 = (audio[1] & 0x18) == 0x18;
        var index = audio[2] >> 4;
        if (index is 0 or 15)
        {
            return null;
        }

        var kbps = (isMpeg1 ? mpeg1 : mpeg2)[index];
        return TimeSpan.FromSeconds(audio.Length * 8.0 / (kbps * 1000));
    }
}
