using System.Text;
using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Tests.Writing;

/// <summary>
/// The legacy decoders against a reference written independently of their tables: each vowel with each
/// tone, in the order no tone, grave, hook, tilde, acute, dot below; the expected letter is built from the
/// base letter and a combining tone, so a slip in a decoder's table cannot repeat itself here.
/// </summary>
public class LegacyEncodingTests
{
    private static readonly string[] ToneMarks = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

    // Vowel, then its six forms as TCVN3 bytes in hexadecimal.
    private static readonly (string Vowel, string Bytes)[] Tcvn3Reference =
    [
        ("a", "61 B5 B6 B7 B8 B9"),
        ("ă", "A8 BB BC BD BE C6"),
        ("â", "A9 C7 C8 C9 CA CB"),
        ("e", "65 CC CE CF D0 D1"),
        ("ê", "AA D2 D3 D4 D5 D6"),
        ("i", "69 D7 D8 DC DD DE"),
        ("o", "6F DF E1 E2 E3 E4"),
        ("ô", "AB E5 E6 E7 E8 E9"),
        ("ơ", "AC EA EB EC ED EE"),
        ("u", "75 EF F1 F2 F3 F4"),
        ("ư", "AD F5 F6 F7 F8 F9"),
        ("y", "79 FA FB FC FD FE"),
    ];

    // Vowel, then its six forms as VNI-Windows text read as Windows-1252 (the way it shows without the font).
    private static readonly (string Vowel, string[] Forms)[] VniReference =
    [
        ("a", ["a", "aø", "aû", "aõ", "aù", "aï"]),
        ("ă", ["aê", "aè", "aú", "aü", "aé", "aë"]),
        ("â", ["aâ", "aà", "aå", "aã", "aá", "aä"]),
        ("e", ["e", "eø", "eû", "eõ", "eù", "eï"]),
        ("ê", ["eâ", "eà", "eå", "eã", "eá", "eä"]),
        ("i", ["i", "ì", "æ", "ó", "í", "ò"]),
        ("o", ["o", "oø", "oû", "oõ", "où", "oï"]),
        ("ô", ["oâ", "oà", "oå", "oã", "oá", "oä"]),
        ("ơ", ["ô", "ôø", "ôû", "ôõ", "ôù", "ôï"]),
        ("u", ["u", "uø", "uû", "uõ", "uù", "uï"]),
        ("ư", ["ö", "öø", "öû", "öõ", "öù", "öï"]),
        ("y", ["y", "yø", "yû", "yõ", "yù", "î"]),
        ("A", ["A", "AØ", "AÛ", "AÕ", "AÙ", "AÏ"]),
        ("Ă", ["AÊ", "AÈ", "AÚ", "AÜ", "AÉ", "AË"]),
        ("Â", ["AÂ", "AÀ", "AÅ", "AÃ", "AÁ", "AÄ"]),
        ("E", ["E", "EØ", "EÛ", "EÕ", "EÙ", "EÏ"]),
        ("Ê", ["EÂ", "EÀ", "EÅ", "EÃ", "EÁ", "EÄ"]),
        ("I", ["I", "Ì", "Æ", "Ó", "Í", "Ò"]),
        ("O", ["O", "OØ", "OÛ", "OÕ", "OÙ", "OÏ"]),
        ("Ô", ["OÂ", "OÀ", "OÅ", "OÃ", "OÁ", "OÄ"]),
        ("Ơ", ["Ô", "ÔØ", "ÔÛ", "ÔÕ", "ÔÙ", "ÔÏ"]),
        ("U", ["U", "UØ", "UÛ", "UÕ", "UÙ", "UÏ"]),
        ("Ư", ["Ö", "ÖØ", "ÖÛ", "ÖÕ", "ÖÙ", "ÖÏ"]),
        ("Y", ["Y", "YØ", "YÛ", "YÕ", "YÙ", "Î"]),
    ];

    public static TheoryData<string, string> Tcvn3Letters()
    {
        var data = new TheoryData<string, string>();
        foreach (var (vowel, bytes) in Tcvn3Reference)
        {
            var forms = bytes.Split(' ');
            for (var tone = 0; tone < ToneMarks.Length; tone++)
            {
                data.Add(forms[tone], Expected(vowel, tone));
            }
        }

        return data;
    }

    public static TheoryData<string, string> VniLetters()
    {
        var data = new TheoryData<string, string>();
        foreach (var (vowel, forms) in VniReference)
        {
            for (var tone = 0; tone < ToneMarks.Length; tone++)
            {
                data.Add(forms[tone], Expected(vowel, tone));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tcvn3Letters))]
    public void Tcvn3_decodes_every_toned_vowel(string hex, string expected)
    {
        Assert.Equal(expected, Tcvn3.Decode([Convert.ToByte(hex, 16)]));
    }

    [Fact]
    public void Tcvn3_has_bytes_of_its_own_for_the_capitals_without_tone_and_for_d_with_stroke()
    {
        Assert.Equal("ĂÂÊÔƠƯĐđ", Tcvn3.Decode([0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xAE]));
    }

    [Fact]
    public void Tcvn3_toned_capitals_share_the_lower_case_bytes_and_decode_as_lower_case()
    {
        // In the .VnTimeH fonts "VIÖT" showed as "VIỆT"; the byte itself says nothing about case.
        Assert.Equal("VIệT NAM", Tcvn3.Decode(Encoding.Latin1.GetBytes("VIÖT NAM")));
    }

    [Theory]
    [MemberData(nameof(VniLetters))]
    public void Vni_decodes_every_toned_vowel(string shown, string expected)
    {
        Assert.Equal(expected, Vni.Decode(Encoding.Latin1.GetBytes(shown)));
    }

    [Theory]
    [InlineData("ñ", "đ")]
    [InlineData("Ñ", "Đ")]
    [InlineData("yï", "ỵ")]
    public void Vni_letters_with_a_byte_of_their_own_and_alternative_forms(string shown, string expected)
    {
        Assert.Equal(expected, Vni.Decode(Encoding.Latin1.GetBytes(shown)));
    }

    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§µ N½ng, tØnh Qu¶ng Nam", "Đà Nẵng, tỉnh Quảng Nam")]
    [InlineData("Tr\u00ADêng häc ®\u00ADîc “x©y”", "Trường học được “xây”")]
    public void Tcvn3_text_read_as_windows_1252_and_saved_as_utf8_is_repaired(string misread, string expected)
    {
        Assert.Equal(expected, LegacyEncoding.Tcvn3.DecodeMisread(misread));
    }

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Ñaø Naüng, tröôøng hoïc “Quyù”", "Đà Nẵng, trường học “Quý”")]
    public void Vni_text_read_as_windows_1252_and_saved_as_utf8_is_repaired(string misread, string expected)
    {
        Assert.Equal(expected, LegacyEncoding.Vni.DecodeMisread(misread));
    }

    [Fact]
    public void Letters_that_were_already_unicode_are_kept_when_repairing()
    {
        Assert.Equal("Hội đồng: Việt Nam", LegacyEncoding.Tcvn3.DecodeMisread("Hội đồng: ViÖt Nam"));
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Vni)]
    public void Ascii_passes_through_and_every_byte_decodes_to_one_nfc_string(LegacyEncoding encoding)
    {
        var ascii = Encoding.ASCII.GetBytes("---\ntitle: \"A [link](x.md) #1\"\n---\n");
        Assert.Equal(Encoding.ASCII.GetString(ascii), encoding.Decode(ascii));

        var random = new Random(5712);
        for (var round = 0; round < 500; round++)
        {
            var bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);
            var decoded = encoding.Decode(bytes);
            Assert.True(decoded.IsNormalized(NormalizationForm.FormC));

            // Reading the bytes as Windows-1252 first and repairing that gives the same text.
            Assert.Equal(decoded, encoding.DecodeMisread(Windows1252.GetString(bytes)));
        }
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Vni)]
    public void Random_vietnamese_text_written_in_the_legacy_form_decodes_back(LegacyEncoding encoding)
    {
        // The reverse of the reference tables above: each letter and the legacy bytes that stand for it.
        var forms = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (encoding == LegacyEncoding.Tcvn3)
        {
            foreach (var (vowel, bytes) in Tcvn3Reference)
            {
                var hex = bytes.Split(' ');
                for (var tone = 0; tone < ToneMarks.Length; tone++)
                {
                    forms[Expected(vowel, tone)] = [Convert.ToByte(hex[tone], 16)];
                }
            }

            forms["đ"] = [0xAE];
            forms["Đ"] = [0xA7];
        }
        else
        {
            foreach (var (vowel, shown) in VniReference)
            {
                for (var tone = 0; tone < ToneMarks.Length; tone++)
                {
                    forms[Expected(vowel, tone)] = Encoding.Latin1.GetBytes(shown[tone]);
                }
            }

            forms["đ"] = [0xF1];
            forms["Đ"] = [0xD1];
        }

        foreach (var c in "bcdghklmnpqrstvx BCDGHKLMNPQRSTVX.,;:-#*[]()\n0123456789")
        {
            forms[c.ToString()] = [(byte)c];
        }

        var letters = forms.Keys.ToArray();
        var random = new Random(1993);
        for (var round = 0; round < 300; round++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 60)).Select(_ => letters[random.Next(letters.Length)]).ToList();
            var text = string.Concat(picked);
            var bytes = picked.SelectMany(l => forms[l]).ToArray();

            Assert.Equal(text, encoding.Decode(bytes));
            Assert.Equal(text, encoding.DecodeMisread(Windows1252.GetString(bytes)));
        }
    }

    [Fact]
    public void Windows_1252_round_trips_every_byte()
    {
        var all = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        var text = Windows1252.GetString(all);
        Assert.All(Enumerable.Range(0, 256), b => Assert.True(Windows1252.TryGetByte(text[b], out var back) && back == b));
    }

    private static string Expected(string vowel, int tone) => (vowel + ToneMarks[tone]).Normalize(NormalizationForm.FormC);
}
