using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// Pictures made inside the tests: a phone photo with everything a phone writes into it (EXIF with the camera's
/// make, the owner and the GPS position, a turned orientation, XMP, IPTC, a comment and a wide-gamut colour
/// profile), transparent drawings, and broken files.
/// </summary>
public static class TestPictures
{
    /// <summary>Hanoi's position, written into the test photos' GPS block.</summary>
    public const double Latitude = 21.0285, Longitude = 105.8542;

    /// <summary>
    /// A JPEG <paramref name="width"/> × <paramref name="height"/> as stored by the sensor, with EXIF orientation
    /// <paramref name="orientation"/> (6: to be turned a quarter clockwise), GPS, owner, XMP, IPTC, a comment and a
    /// Display P3 profile. The left half is red, the right half blue, so the turn can be seen in the pixels.
    /// </summary>
    public static byte[] PhonePhoto(int width = 4000, int height = 3000, int orientation = 6)
    {
        using var red = Image.Black(width / 2, height).NewFromImage(220, 30, 30);
        using var blue = Image.Black(width - width / 2, height).NewFromImage(30, 30, 220);
        using var image = red.Join(blue, Enums.Direction.Horizontal).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var p3 = image.IccTransform("p3", embedded: false, inputProfile: "srgb");
        var jpeg = p3.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.Icc);
        byte[][] segments =
        [
            Segment(0xE1, Exif(orientation)),
            Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/' dc:creator='Nguyen Van A'/></rdf:RDF></x:xmpmeta>")]),
            Segment(0xED, Iptc("Nguyen Van A")),
            Segment(0xFE, "owner Nguyen Van A, serial 12345"u8.ToArray()),
        ];
        return [.. jpeg[..2], .. segments.SelectMany(s => s), .. jpeg[2..]];
    }

    /// <summary>A PNG with an alpha channel: a half-transparent square.</summary>
    public static byte[] TransparentDrawing(int width = 600, int height = 400)
    {
        using var colour = Image.Black(width, height).NewFromImage(0, 120, 60, 128);
        return colour.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb).PngsaveBuffer();
    }

    /// <summary>An ordinary JPEG without metadata.</summary>
    public static byte[] PlainPhoto(int width, int height)
    {
        using var image = Image.Black(width, height).NewFromImage(40, 90, 160);
        return image.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb).JpegsaveBuffer(q: 85);
    }

    /// <summary>A JPEG of coloured noise, which compresses badly: cut in half, the file really lacks half its picture.</summary>
    public static byte[] NoisyPhoto(int width, int height)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 40);
        using var image = noise.Bandjoin(Image.Gaussnoise(width, height), Image.Gaussnoise(width, height)).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return image.JpegsaveBuffer(q: 85);
    }

    /// <summary>
    /// A minimal MP4 as a phone writes it: <c>ftyp</c>, a <c>moov</c> with a movie header of
    /// <paramref name="seconds"/> and a <c>udta</c> holding the place of filming (<c>©xyz</c>), then <c>mdat</c>.
    /// </summary>
    public static byte[] PhoneVideo(int seconds = 65)
    {
        static byte[] Box(string type, params byte[][] content)
        {
            var body = content.SelectMany(c => c).ToArray();
            var box = new byte[8 + body.Length];
            BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
            Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
            body.CopyTo(box, 8);
            return box;
        }

        var mvhd = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), (uint)(seconds * 1000));
        var place = Encoding.Latin1.GetBytes("\u00a9xyz");
        var location = Box(Encoding.Latin1.GetString(place), [0, 18, 0x15, 0xC7, .. "+21.0285+105.8542/"u8]);
        return [.. Box("ftyp", "isom"u8.ToArray(), [0, 0, 2, 0], "isomiso2mp41"u8.ToArray()), .. Box("moov", Box("mvhd", mvhd), Box("udta", location)), .. Box("mdat", new byte[64])];
    }

    /// <summary>An MP3: an ID3v2 tag naming the artist, one MPEG-1 layer III frame header at 128 kbit/s and silence, an ID3v1 tag.</summary>
    public static byte[] RadioSpot(int seconds = 30)
    {
        var frame = Encoding.UTF8.GetBytes("Nguyen Van A");
        byte[] id3 = [.. "ID3"u8, 3, 0, 0, 0, 0, 0, (byte)(10 + 1 + frame.Length), .. "TPE1"u8, 0, 0, 0, (byte)(1 + frame.Length), 0, 0, 0, .. frame];
        var audio = new byte[seconds * 128_000 / 8];
        audio[0] = 0xFF;
        audio[1] = 0xFB;
        audio[2] = 0x90;
        byte[] trailer = [.. "TAG"u8, .. Encoding.ASCII.GetBytes("Nguyen Van A".PadRight(125, ' '))];
        return [.. id3, .. audio, .. trailer];
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static byte[] Iptc(string byline)
    {
        var name = Encoding.ASCII.GetBytes(byline);
        byte[] record = [0x1C, 2, 80, 0, (byte)name.Length, .. name];
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, record.Length);
        return [.. "Photoshop 3.0\0"u8, .. "8BIM"u8, 0x04, 0x04, 0, 0, .. length, .. record, .. record.Length % 2 == 1 ? new byte[] { 0 } : []];
    }

    /// <summary>A little-endian TIFF block: IFD0 with make, orientation, artist and a pointer to a GPS IFD with latitude and longitude.</summary>
    private static byte[] Exif(int orientation)
    {
        var tiff = new byte[200];
        "II"u8.CopyTo(tiff);
        U16(tiff, 2, 42);
        U32(tiff, 4, 8);
        const int Make = 8 + 2 + (4 * 12) + 4, Artist = Make + 8, Gps = Artist + 8, LatitudeAt = Gps + 2 + (4 * 12) + 4, LongitudeAt = LatitudeAt + 24;
        var at = 8;
        U16(tiff, at, 4);
        at += 2;
        Entry(tiff, ref at, 0x010F, 2, 8, Make);
        Entry(tiff, ref at, 0x0112, 3, 1, orientation);
        Entry(tiff, ref at, 0x013B, 2, 7, Artist);
        Entry(tiff, ref at, 0x8825, 4, 1, Gps);
        "PhoneCo\0"u8.CopyTo(tiff.AsSpan(Make));
        "Nguyen\0"u8.CopyTo(tiff.AsSpan(Artist));
        at = Gps;
        U16(tiff, at, 4);
        at += 2;
        Entry(tiff, ref at, 1, 2, 2, 'N');
        Entry(tiff, ref at, 2, 5, 3, LatitudeAt);
        Entry(tiff, ref at, 3, 2, 2, 'E');
        Entry(tiff, ref at, 4, 5, 3, LongitudeAt);
        Degrees(tiff, LatitudeAt, Latitude);
        Degrees(tiff, LongitudeAt, Longitude);
        return [.. "Exif\0\0"u8, .. tiff[..(LongitudeAt + 24)]];
    }

    private static void Degrees(byte[] tiff, int at, double value)
    {
        var degrees = (int)value;
        var minutes = (int)((value - degrees) * 60);
        var hundredthsOfSeconds = (int)Math.Round((((value - degrees) * 60) - minutes) * 6000);
        int[] parts = [degrees, 1, minutes, 1, hundredthsOfSeconds, 100];
        for (var i = 0; i < parts.Length; i++)
        {
            U32(tiff, at + (4 * i), parts[i]);
        }
    }

    private static void Entry(byte[] tiff, ref int at, int tag, int type, int count, int value)
    {
        U16(tiff, at, tag);
        U16(tiff, at + 2, type);
        U32(tiff, at + 4, count);
        if (type == 3)
        {
            U16(tiff, at + 8, value);
        }
        else
        {
            U32(tiff, at + 8, value);
        }

        at += 12;
    }

    private static void U16(byte[] bytes, int at, int value) => BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), (ushort)value);

    private static void U32(byte[] bytes, int at, int value) => BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), value);
}
