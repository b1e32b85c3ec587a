using System.Text;

namespace InfoSiteGen.Writing.LegacyEncodings;

/// <summary>
/// Windows-1252, the code page that legacy Vietnamese files are shown in when the Vietnamese font is
/// missing. Written out here rather than taken from the code-pages provider so that the mapping is the
/// same on every machine and the undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) still round-trip, as the
/// C1 controls that editors and converters turn them into.
/// </summary>
public static class Windows1252
{
    // 0x80–0x9F; every other byte is the Latin-1 character with the same number.
    private const string HighControls =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static readonly Dictionary<char, byte> Reverse = BuildReverse();

    public static char ToChar(byte b) => b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;

    /// <summary>The byte this character came from when legacy bytes were read as Windows-1252, if any.</summary>
    public static bool TryGetByte(char c, out byte b) => Reverse.TryGetValue(c, out b);

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(ToChar(b));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Undoes a wrong reading: every run of characters that Windows-1252 can hold is turned back into its
    /// bytes and decoded with <paramref name="decode"/>; characters it cannot hold (letters that were
    /// already correct Unicode) are kept as they are.
    /// </summary>
    public static string Redecode(string text, Func<byte[], string> decode)
    {
        var builder = new StringBuilder(text.Length);
        var run = new List<byte>();
        foreach (var c in text)
        {
            if (TryGetByte(c, out var b))
            {
                run.Add(b);
                continue;
            }

            Flush();
            builder.Append(c);
        }

        Flush();
        return builder.ToString().Normalize(NormalizationForm.FormC);

        void Flush()
        {
            if (run.Count > 0)
            {
                builder.Append(decode([.. run]));
                run.Clear();
            }
        }
    }

    private static Dictionary<char, byte> BuildReverse()
    {
        var reverse = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
        {
            reverse[ToChar((byte)b)] = (byte)b;
        }

        // Readers that treat the file as Latin-1 produce the C1 controls for 0x80–0x9F instead.
        for (var b = 0x80; b <= 0x9F; b++)
        {
            reverse.TryAdd((char)b, (byte)b);
        }

        return reverse;
    }
}
