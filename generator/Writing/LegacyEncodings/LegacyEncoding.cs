namespace InfoSiteGen.Writing.LegacyEncodings;

/// <summary>The pre-Unicode Vietnamese encodings that still turn up in files from departments.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 (VN3), known as ABC, used with the .VnTime fonts.</summary>
    Tcvn3,

    /// <summary>VNI-Windows, used with the VNI-Times fonts.</summary>
    Vni,
}

public static class LegacyEncodingExtensions
{
    public static string DisplayName(this LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? "TCVN3 (ABC)" : "VNI";

    public static string OptionName(this LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? "tcvn3" : "vni";

    /// <summary>Decodes raw legacy bytes.</summary>
    public static string Decode(this LegacyEncoding encoding, ReadOnlySpan<byte> bytes) =>
        encoding == LegacyEncoding.Tcvn3 ? Tcvn3.Decode(bytes) : Vni.Decode(bytes);

    /// <summary>Repairs text whose legacy bytes were read as Windows-1252 and saved again as UTF-8.</summary>
    public static string DecodeMisread(this LegacyEncoding encoding, string text) =>
        Windows1252.Redecode(text, bytes => encoding.Decode(bytes));

    /// <summary>Whether the byte stands for (part of) a letter in this encoding, so that words can be found in legacy text.</summary>
    public static bool IsLetterByte(this LegacyEncoding encoding, byte b) =>
        encoding == LegacyEncoding.Tcvn3 ? Tcvn3.IsLetterByte(b) : Vni.IsLetterByte(b);
}
