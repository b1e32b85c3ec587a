using System.Globalization;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Serving;

/// <summary>
/// What the preview server tells the person at the terminal, in their language: where the site is, each
/// update and how long it took, and every problem. Warnings are printed when they change, not after every
/// save, so the errors an editor is fixing stay easy to see.
/// </summary>
public sealed class ServeReporter(TextWriter output, ToolLanguage language)
{
    public static readonly Wording Building = new("Đang dựng trang…", "Building the site…");

    public static readonly Wording Listening = new(
        "Xem trước trang tại {0} — trang tự tải lại khi nội dung hoặc giao diện thay đổi. Nhấn Ctrl+C để dừng.",
        "Previewing the site at {0} — pages reload by themselves when the content or theme changes. Press Ctrl+C to stop.");

    public static readonly Wording Updated = new("đã cập nhật sau {0} ms", "updated in {0} ms");

    public static readonly Wording HasErrors = new(
        "nội dung có {0} lỗi; trình duyệt hiển thị chúng cho đến khi được sửa",
        "the content has {0} error(s); the browser shows them until they are fixed");

    public static readonly Wording Failed = new(
        "không cập nhật được trang: {0}",
        "the site could not be updated: {0}");

    public static readonly Wording Stopped = new("Đã dừng xem trước.", "The preview has stopped.");

    private readonly TextWriter _output = TextWriter.Synchronized(output);
    private IReadOnlyList<Diagnostic> _warningsShown = [];

    public void Say(Wording wording, params object[] values) =>
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, wording.In(language), values));

    public void Update(SiteSnapshot snapshot, TimeSpan took)
    {
        var warnings = snapshot.Diagnostics.Where(d => !d.IsError).ToList();
        if (!warnings.SequenceEqual(_warningsShown))
        {
            foreach (var warning in warnings)
            {
                _output.WriteLine(warning.Format(language));
            }

            _warningsShown = warnings;
        }

        var errors = snapshot.Errors;
        foreach (var error in errors)
        {
            _output.WriteLine(error.Format(language));
        }

        Say(errors.Count > 0 ? HasErrors : Updated, errors.Count > 0 ? errors.Count : (int)Math.Round(took.TotalMilliseconds));
    }
}
