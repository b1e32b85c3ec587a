using System.Text;

namespace InfoSiteGen.Writing.LegacyEncodings;

/// <summary>
/// VNI-Windows, the encoding of the VNI-Times fonts: a vowel is its ASCII letter followed by one byte
/// that draws the vowel mark and/or the tone over it (read as Windows-1252, "ệ" is "eä"). A few letters
/// have a byte of their own: ơ, ư, đ, the toned i, and ỵ. Upper-case marks are the lower-case mark bytes
/// minus 0x20, as in Windows-1252 itself.
/// </summary>
public static class Vni
{
    private const char Grave = '\u0300';
    private const char Acute = '\u0301';
    private const char Tilde = '\u0303';
    private const char Hook = '\u0309';
    private const char DotBelow = '\u0323';
    private const char Circumflex = '\u0302';
    private const char Breve = '\u0306';

    // Lower-case mark bytes; the upper-case form of each is the byte minus 0x20.
    private static readonly Dictionary<byte, char> Tones = new()
    {
        [0xF8] = Grave,
        [0xFB] = Hook,
        [0xF5] = Tilde,
        [0xF9] = Acute,
        [0xEF] = DotBelow,
    };

    private static readonly Dictionary<byte, (char Shape, char? Tone)> CircumflexMarks = new()
    {
        [0xE2] = (Circumflex, null),
        [0xE0] = (Circumflex, Grave),
        [0xE5] = (Circumflex, Hook),
        [0xE3] = (Circumflex, Tilde),
        [0xE1] = (Circumflex, Acute),
        [0xE4] = (Circumflex, DotBelow),
    };

    // The breve is only ever written over a.
    private static readonly Dictionary<byte, (char Shape, char? Tone)> BreveMarks = new()
    {
        [0xEA] = (Breve, null),
        [0xE8] = (Breve, Grave),
        [0xFA] = (Breve, Hook),
        [0xFC] = (Breve, Tilde),
        [0xE9] = (Breve, Acute),
        [0xEB] = (Breve, DotBelow),
    };

    private static readonly Dictionary<byte, char> Letters = new()
    {
        [0xF4] = 'ơ',
        [0xD4] = 'Ơ',
        [0xF6] = 'ư',
        [0xD6] = 'Ư',
        [0xF1] = 'đ',
        [0xD1] = 'Đ',
        [0xEC] = 'ì',
        [0xCC] = 'Ì',
        [0xE6] = 'ỉ',
        [0xC6] = 'Ỉ',
        [0xF3] = 'ĩ',
        [0xD3] = 'Ĩ',
        [0xED] = 'í',
        [0xCD] = 'Í',
        [0xF2] = 'ị',
        [0xD2] = 'Ị',
        [0xEE] = 'ỵ',
        [0xCE] = 'Ỵ',
    };

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            char? vowel = b < 0x80 && "aeiouyAEIOUY".Contains((char)b) ? (char)b : Letters.TryGetValue(b, out var own) && "ơƠưƯ".Contains(own) ? own : null;
            if (vowel is { } v)
            {
                builder.Append(v);
                if (i + 1 < bytes.Length && MarkAfter(char.ToLowerInvariant(v), bytes[i + 1]) is { } marks)
                {
                    builder.Append(marks);
                    i++;
                }

                continue;
            }

            builder.Append(Letters.TryGetValue(b, out var letter) ? letter : Windows1252.ToChar(b));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool IsLetterByte(byte b) =>
        b < 0x80 ? char.IsAsciiLetter((char)b) : Letters.ContainsKey(b) || MarkAfter('a', b) is not null || MarkAfter('a', (byte)(b + 0x20)) is not null;

    /// <summary>The combining marks a byte adds to the vowel before it, or null when it is not a mark that vowel takes.</summary>
    private static string? MarkAfter(char vowel, byte b)
    {
        // Accept either case of the mark: the case of the letter comes from the base letter.
        var lower = b is >= 0xC0 and <= 0xDF ? (byte)(b + 0x20) : b;
        if (lower < 0xE0)
        {
            return null;
        }

        if (Tones.TryGetValue(lower, out var tone))
        {
            return tone.ToString();
        }

        var table = vowel switch
        {
            'a' => BreveMarks.ContainsKey(lower) ? BreveMarks : CircumflexMarks,
            'e' or 'o' => CircumflexMarks,
            _ => null,
        };
        if (table is null || !table.TryGetValue(lower, out var shaped))
        {
            return null;
        }

        return shaped.Tone is { } t ? $"{shaped.Shape}{t}" : shaped.Shape.ToString();
    }
}
