using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Content;

/// <summary>
/// Groups items that are translations of one another (same folder and name, or the same
/// <c>translation_key</c>) and checks that a pair agrees on the facts that do not depend on language.
/// </summary>
public static class TranslationPairing
{
    // Law kind and issuer are written in each file's own language ("Luật" / "Law"), so they may differ.

    /// <summary>Checks every group of all items, published or not: a clash is an error even while one side is a draft.</summary>
    public static void Check(IEnumerable<ContentItem> items, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(i => i.TranslationKey))
        {
            var byLanguage = new Dictionary<string, ContentItem>();
            foreach (var item in group.OrderBy(i => i.SourcePath, StringComparer.Ordinal))
            {
                if (byLanguage.TryGetValue(item.Language, out var first))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateTranslation, SourceLocation.StartOf(item.SourcePath),
                        new Wording(
                            $"tệp này và {first.SourcePath} đều là bản '{item.Language}' của cùng một bài; hãy đổi tên một tệp hoặc cho nó 'translation_key' riêng",
                            $"this file and {first.SourcePath} are both the '{item.Language}' version of the same item; rename one or give it its own 'translation_key'"));
                    continue;
                }

                byLanguage[item.Language] = item;
            }

            var versions = byLanguage.Values.OrderBy(i => i.SourcePath, StringComparer.Ordinal).ToList();
            for (var i = 1; i < versions.Count; i++)
            {
                CheckAgreement(versions[0], versions[i], diagnostics);
            }
        }
    }

    private static void CheckAgreement(ContentItem a, ContentItem b, DiagnosticBag diagnostics)
    {
        Compare("department", a.DepartmentId, b.DepartmentId);
        Compare("date", a.Date?.ToString("yyyy-MM-dd"), b.Date?.ToString("yyyy-MM-dd"));
        Compare("topics", string.Join(", ", a.TopicIds.Order(StringComparer.Ordinal)), string.Join(", ", b.TopicIds.Order(StringComparer.Ordinal)));
        if (a.Law is { } la && b.Law is { } lb)
        {
            Compare("number", la.Number, lb.Number);
            Compare("issued_on", la.IssuedOn?.ToString("yyyy-MM-dd"), lb.IssuedOn?.ToString("yyyy-MM-dd"));
            Compare("effective_on", la.EffectiveOn?.ToString("yyyy-MM-dd"), lb.EffectiveOn?.ToString("yyyy-MM-dd"));
            Compare("legal_status", la.LegalStatus.ToString(), lb.LegalStatus.ToString());
            Compare("source_url", la.SourceUrl, lb.SourceUrl);
        }

        // One event in two languages happens once: its times must be the same in each.
        if (a.Event is { } ea && b.Event is { } eb)
        {
            Compare("starts", Written(ea.Starts, ea.AllDay), Written(eb.Starts, eb.AllDay));
            Compare("ends", ea.Ends is { } aEnds ? Written(aEnds, ea.AllDay) : null, eb.Ends is { } bEnds ? Written(bEnds, eb.AllDay) : null);
            Compare("time_zone", ea.TimeZone, eb.TimeZone);
        }

        static string Written(DateTimeOffset time, bool allDay) =>
            time.ToString(allDay ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        void Compare(string key, string? left, string? right)
        {
            if (left != right)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, b.LocationOf(key),
                    new Wording(
                        $"'{key}' ở đây là '{right ?? "(trống)"}' nhưng trong bản dịch {a.SourcePath} lại là '{left ?? "(trống)"}'; các bản dịch phải ghi giống nhau",
                        $"'{key}' is '{right ?? "(empty)"}' here but '{left ?? "(empty)"}' in the translation {a.SourcePath}; translations must agree on it"));
            }
        }
    }

    /// <summary>Two items may not be published at one address.</summary>
    public static void CheckUniqueUrls(IEnumerable<ContentItem> items, DiagnosticBag diagnostics)
    {
        foreach (var clash in items.GroupBy(i => i.UrlPath).Where(g => g.Count() > 1))
        {
            var files = clash.OrderBy(i => i.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var later in files.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, later.LocationOf("slug"),
                    new Wording(
                        $"tệp này và {files[0].SourcePath} sẽ cùng được đăng tại {clash.Key}; hãy đặt 'slug' khác cho một trong hai tệp",
                        $"this file and {files[0].SourcePath} would both be published at {clash.Key}; give one of them another 'slug'"));
            }
        }
    }
}
