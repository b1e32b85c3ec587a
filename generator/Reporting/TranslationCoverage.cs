namespace InfoSiteGen.Reporting;

/// <summary>
/// How many items exist in every language of the site. An item and its translations count as one,
/// whatever their status, so a draft translation already counts as a translation.
/// </summary>
public readonly record struct TranslationCoverage(int Complete, int Items)
{
    /// <summary>Rounded down, so that 100 means every item is translated; null without items.</summary>
    public int? Percent => Items == 0 ? null : Complete * 100 / Items;
}
