using System.Text;

namespace InfoSiteGen.Writing.LegacyEncodings;

/// <summary>
/// TCVN 5712:1993 VN3 ("TCVN3", "ABC"), the encoding of the .VnTime fonts: one byte per letter, ASCII
/// below 0x80, Vietnamese letters in the upper half.
/// </summary>
/// <remarks>
/// VN3 has a byte for every lower-case toned vowel but none for the upper-case toned vowels: documents
/// showed those with the ".VnTimeH" fonts, which draw the same bytes as capitals. The bytes therefore do
/// not say the case, and they are decoded as lower case; an editor fixes the few capitals by hand.
/// The seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ) do have bytes of their own (0xA1–0xA7).
/// Bytes the encoding leaves unused are read as Windows-1252, which is what typographic quotes and
/// dashes typed in a word processor became.
/// </remarks>
public static class Tcvn3
{
    private static readonly char[] Table = BuildTable();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(Table[b]);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool IsLetterByte(byte b) => char.IsLetter(Table[b]);

    private static char[] BuildTable()
    {
        var table = new char[256];
        for (var b = 0; b < 256; b++)
        {
            table[b] = Windows1252.ToChar((byte)b);
        }

        // Each row: the first byte, then the letters of consecutive bytes. The gaps between rows are unused.
        (int First, string Letters)[] rows =
        [
            (0xA1, "ĂÂÊÔƠƯĐ"),
            (0xA8, "ăâêôơưđ"),
            (0xB5, "àảãáạ"),
            (0xBB, "ằẳẵắ"),
            (0xC6, "ặầẩẫấậè"),
            (0xCE, "ẻẽéẹềểễếệìỉ"),
            (0xDC, "ĩíịò"),
            (0xE1, "ỏõóọồổỗốộờởỡớợù"),
            (0xF1, "ủũúụừửữứựỳỷỹýỵ"),
        ];
        foreach (var (first, letters) in rows)
        {
            for (var i = 0; i < letters.Length; i++)
            {
                table[first + i] = letters[i];
            }
        }

        return table;
    }
}
