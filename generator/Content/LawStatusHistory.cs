using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Content;

/// <summary>
/// A dated change of a legal document's status, from <c>status_history</c>: on that day it became amended or
/// expired, replaced or amended by another document of the content folder.
/// </summary>
/// <param name="ReplacedBy">The replacing document's file, relative to the content folder.</param>
/// <param name="AmendedBy">The amending document's file, relative to the content folder.</param>
/// <param name="At">Where the entry is written, for messages about it.</param>
public sealed record LawStatusChange(DateOnly On, LegalStatus Status, string? ReplacedBy, string? AmendedBy, SourceLocation At)
{
    /// <summary>The other document the entry names, with the key that names it.</summary>
    public (string Key, string Path)? Target =>
        ReplacedBy is { } replaced ? ("replaced_by", replaced) : AmendedBy is { } amended ? ("amended_by", amended) : null;
}

/// <summary>
/// Reads and checks <c>status_history</c>. A document's status on a day is that of the latest change on or before
/// the day; before its first change it was in force. <c>legal_status</c> is the status now, after every change
/// written, so it must agree with the last one.
/// </summary>
public static class LawStatusHistory
{
    private static readonly string[] EntryKeys = ["on", "status", "replaced_by", "amended_by"];

    public static LegalStatus? Parse(string? text) => text switch
    {
        null or "in_force" => LegalStatus.InForce,
        "amended" => LegalStatus.Amended,
        "expired" => LegalStatus.Expired,
        _ => null,
    };

    public static string Name(LegalStatus status) => status switch
    {
        LegalStatus.Amended => "amended",
        LegalStatus.Expired => "expired",
        _ => "in_force",
    };

    public static IReadOnlyList<LawStatusChange> Read(YamlMap map, ContentFile file, LegalStatus written)
    {
        var diagnostics = map.Source.Diagnostics;
        var changes = new List<LawStatusChange>();
        foreach (var entry in map.MapList("status_history") ?? [])
        {
            entry.RejectUnknownKeys(EntryKeys, new Wording("trong mỗi mục của 'status_history'", "in each entry of 'status_history'"));
            var on = entry.Date("on");
            if (on is null && !entry.Has("on"))
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, entry.Location, new Wording(
                    "mục này của 'status_history' chưa có ngày; hãy thêm 'on: YYYY-MM-DD', ngày trạng thái mới bắt đầu",
                    "this entry of 'status_history' has no date; add 'on: YYYY-MM-DD', the day the new status began"));
            }

            var statusText = entry.Text("status", required: true);
            var status = Parse(statusText);
            if (statusText is not null && status is null)
            {
                diagnostics.Error(DiagnosticCodes.UnknownLegalStatus, entry.KeyLocation("status"), new Wording(
                    $"trạng thái '{statusText}' không hợp lệ; hãy dùng in_force (còn hiệu lực), amended (đã sửa đổi) hoặc expired (hết hiệu lực)",
                    $"unknown status '{statusText}'; use in_force, amended or expired"));
            }

            if (on is { } day && status is { } known)
            {
                changes.Add(new LawStatusChange(day, known, Resolve(entry, "replaced_by", file), Resolve(entry, "amended_by", file), entry.Location));
            }
        }

        changes.Sort((a, b) => a.On.CompareTo(b.On));
        for (var i = 1; i < changes.Count; i++)
        {
            if (changes[i].On == changes[i - 1].On)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, changes[i].At, new Wording(
                    $"'status_history' có hai mục cùng ngày {changes[i].On:yyyy-MM-dd}; mỗi ngày chỉ ghi một trạng thái",
                    $"'status_history' has two entries on {changes[i].On:yyyy-MM-dd}; write one status per day"));
            }
        }

        if (changes.Count > 0 && changes[^1].Status != written && map.Has("legal_status"))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("legal_status"), new Wording(
                $"legal_status là '{Name(written)}' nhưng mục cuối của status_history (ngày {changes[^1].On:yyyy-MM-dd}) là '{Name(changes[^1].Status)}'; legal_status là trạng thái hiện nay, sau mọi thay đổi: hãy ghi '{Name(changes[^1].Status)}'",
                $"legal_status is '{Name(written)}' but the last entry of status_history ({changes[^1].On:yyyy-MM-dd}) is '{Name(changes[^1].Status)}'; legal_status is the status now, after every change: write '{Name(changes[^1].Status)}'"));
        }

        return changes;
    }

    /// <summary>Every <c>replaced_by</c> and <c>amended_by</c> must name a legal document of the content folder.</summary>
    public static void CheckTargets(IReadOnlyList<ContentItem> items, DiagnosticBag diagnostics)
    {
        var laws = items.Where(i => i.Section == ContentSection.Laws).ToList();
        foreach (var item in laws)
        {
            foreach (var change in item.Law?.History ?? [])
            {
                if (change.Target is { } target && Find(laws, target.Path, item.Language) is null)
                {
                    diagnostics.Error(DiagnosticCodes.BrokenLink, change.At, new Wording(
                        $"'{target.Key}' trỏ tới {target.Path}, nhưng không có văn bản pháp luật nào ở đó; hãy kiểm tra tên tệp và thư mục (đường dẫn tính từ tệp này)",
                        $"'{target.Key}' points to {target.Path}, which is not a legal document of the content folder; check the file name and folder (the path is relative to this file)"));
                }
            }
        }
    }

    /// <summary>The document a path names: that file, or, for a path without language (<c>luat.md</c>), its version in <paramref name="language"/>.</summary>
    public static ContentItem? Find(IEnumerable<ContentItem> laws, string path, string language)
    {
        var candidates = laws.Where(l => l.SourcePath == path || ContentReader.StemOf(l.SourcePath) == ContentReader.StemOf(path)).ToList();
        return candidates.FirstOrDefault(l => l.SourcePath == path)
            ?? candidates.FirstOrDefault(l => l.Language == language)
            ?? candidates.FirstOrDefault();
    }


    private static string? Resolve(YamlMap entry, string key, ContentFile file)
    {
        if (entry.Text(key) is not { } written)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(file.RelativePath)?.Replace('\\', '/') ?? string.Empty;
        var combined = Path.GetFullPath(Path.Combine("/", folder, written)).Replace('\\', '/').TrimStart('/');
        return combined;
    }
}
