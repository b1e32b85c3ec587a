using System.Text;
using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Tests.Support;

/// <summary>
/// Writes Unicode text in TCVN3 or VNI, as a department's old document holds it: the inverse of the project's
/// decoding tables, found by decoding every byte and byte pair, so that tests can make legacy text of any letters.
/// </summary>
public static class LegacyText
{
    private static readonly Dictionary<LegacyEncoding, Dictionary<string, byte[]>> Encoders = new()
    {
        [LegacyEncoding.Tcvn3] = BuildEncoder(LegacyEncoding.Tcvn3),
        [LegacyEncoding.Vni] = BuildEncoder(LegacyEncoding.Vni),
    };

    /// <summary>The Vietnamese letters the encoding can write, for random text.</summary>
    public static IReadOnlyList<string> Characters(LegacyEncoding encoding) =>
        Encoders[encoding].Keys.Where(k => k.Length == 1 && IsVietnamese(k[0])).Order(StringComparer.Ordinal).ToList();

    private static bool IsVietnamese(char letter)
    {
        var parts = letter.ToString().Normalize(NormalizationForm.FormD).ToLowerInvariant();
        return "abcdđeghiklmnopqrstuvxy".Contains(parts[0], StringComparison.Ordinal)
            && parts.Skip(1).All(mark => "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B".Contains(mark, StringComparison.Ordinal));
    }

    public static byte[] Encode(string unicode, LegacyEncoding encoding)
    {
        var encoder = Encoders[encoding];
        var bytes = new List<byte>();
        foreach (var c in unicode.Normalize(NormalizationForm.FormC))
        {
            bytes.AddRange(encoder.TryGetValue(c.ToString(), out var written)
                ? written
                : throw new ArgumentException($"'{c}' cannot be written in {encoding}", nameof(unicode)));
        }

        return [.. bytes];
    }

    /// <summary>The text Word keeps for the run: each byte as its Windows-1252 character, or in the private-use area for a symbol font.</summary>
    public static string AsWordStoresIt(string unicode, LegacyEncoding encoding, bool symbolFont = false) =>
        string.Concat(Encode(unicode, encoding).Select(b => symbolFont && b >= 0x20 ? (char)(0xF000 + b) : Windows1252.ToChar(b)));

    private static Dictionary<string, byte[]> BuildEncoder(LegacyEncoding encoding)
    {
        var encoder = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var markBytes = new HashSet<byte>();
        if (encoding == LegacyEncoding.Vni)
        {
            // VNI writes a toned letter as the base letter followed by a byte for its marks; such a byte alone
            // would join the letter before it, so it never stands for a character of its own here.
            for (var first = 0x41; first <= 0xFF; first++)
            {
                for (var second = 0x80; second <= 0xFF; second++)
                {
                    var decoded = encoding.Decode([(byte)first, (byte)second]).Normalize(NormalizationForm.FormC);
                    if (decoded.Length == 1)
                    {
                        encoder.TryAdd(decoded, [(byte)first, (byte)second]);
                        markBytes.Add((byte)second);
                    }
                }
            }
        }

        for (var b = 0x20; b <= 0xFF; b++)
        {
            var decoded = encoding.Decode([(byte)b]).Normalize(NormalizationForm.FormC);
            if (decoded.Length == 1 && !markBytes.Contains((byte)b))
            {
                encoder.TryAdd(decoded, [(byte)b]);
            }
        }

        return encoder;
    }
}
