using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>Small but valid binary files for the test site: a PNG the browser can decode and a PDF.</summary>
public static class TinyFiles
{
    /// <summary>The smallest MP4 the generator accepts: a file type box, a movie header of 30 seconds and an empty media box.</summary>
    public static byte[] Mp4()
    {
        static byte[] Box(string type, byte[] body)
        {
            var box = new byte[8 + body.Length];
            BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
            Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
            body.CopyTo(box, 8);
            return box;
        }

        var header = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(16), 30_000);
        return [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isommp41"u8]), .. Box("moov", Box("mvhd", header)), .. Box("mdat", new byte[16])];
    }

    /// <summary>Three seconds of an MP3 at 128 kbit/s: one frame header and silence.</summary>
    public static byte[] Mp3() => [0xFF, 0xFB, 0x90, .. new byte[(3 * 128_000 / 8) - 3]];

    /// <summary>A PNG of <paramref name="width"/>×<paramref name="height"/> pixels in one RGB colour.</summary>
    public static byte[] Png(int width, int height, byte red, byte green, byte blue)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        // compression, filter and interlace methods stay 0

        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter type of the row: none
            for (var x = 0; x < width; x++)
            {
                raw.Write([red, green, blue]);
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A one-page PDF with no content, enough for a download link.</summary>
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
