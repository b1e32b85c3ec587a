namespace InfoSiteGen.Diagnostics;

/// <summary>
/// Stable codes for every problem the generator reports, so that a message can be searched for and
/// documented (the README lists them). 00xx: YAML and configuration; 01xx: content items;
/// 02xx: Markdown bodies; 03xx: theme; 04xx: output.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileUnreadable = "ISG0001";
    public const string YamlSyntax = "ISG0002";
    public const string DuplicateKey = "ISG0003";
    public const string UnknownKey = "ISG0004";
    public const string MissingKey = "ISG0005";
    public const string WrongType = "ISG0006";
    public const string InvalidDate = "ISG0007";
    public const string InvalidLanguages = "ISG0008";
    public const string InvalidValue = "ISG0009";

    public const string NoFrontMatter = "ISG0101";
    public const string UnclosedFrontMatter = "ISG0102";
    public const string UnknownStatus = "ISG0103";
    public const string UnknownDepartment = "ISG0104";
    public const string UnknownTopic = "ISG0105";
    public const string UnknownLegalStatus = "ISG0106";
    public const string EmptyPublishWindow = "ISG0107";
    public const string DuplicateTranslation = "ISG0108";
    public const string DuplicateUrl = "ISG0109";
    public const string InvalidUtf8 = "ISG0110";
    public const string EmptyFile = "ISG0111";
    public const string ApprovalMissing = "ISG0112";
    public const string UnknownLanguageSuffix = "ISG0113";
    public const string OutsideSection = "ISG0114";
    public const string InvalidSlug = "ISG0115";
    public const string FileTooLarge = "ISG0116";
    public const string LegacyEncoding = "ISG0117";
    public const string InvisibleCharacters = "ISG0118";
    public const string MixedTonePlacement = "ISG0119";
    public const string StrayNonBreakingSpace = "ISG0120";
    public const string InvalidEventTime = "ISG0121";
    public const string UnknownTimeZone = "ISG0122";
    public const string EventEndsBeforeStart = "ISG0123";

    public const string BrokenLink = "ISG0201";
    public const string LinkOutsideContent = "ISG0202";
    public const string LinkToUnpublished = "ISG0203";
    public const string ExternalResource = "ISG0204";
    public const string UnsafeHtml = "ISG0205";
    public const string HeadingLevel = "ISG0206";
    public const string UnusableMedia = "ISG0207";
    public const string WeakAltText = "ISG0208";
    public const string MissingCaptions = "ISG0209";
    public const string ArtworkUnreadable = "ISG0210";
    public const string ArtworkFontMissing = "ISG0211";

    public const string TemplateError = "ISG0301";
    public const string MissingString = "ISG0302";
    public const string FallbackString = "ISG0303";

    public const string BrokenOutputLink = "ISG0401";
    public const string NoBaseUrl = "ISG0403";
}
