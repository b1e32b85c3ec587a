using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Content;

/// <summary>Finds the Markdown files of every section, with their language and stem; the pipeline reads them into items.</summary>
public static class ContentReader
{
    /// <summary>Every Markdown file of the section folders, in a stable order, with its language and stem.</summary>
    public static IReadOnlyList<ContentFile> Discover(string contentDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var markdown = EnumerateVisibleFiles(contentDirectory)
            .Select(absolute => (Absolute: absolute, Relative: Path.GetRelativePath(contentDirectory, absolute).Replace('\\', '/')))
            .Where(file => file.Relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .ToList();

        // Looking at each file (its links, its name) is independent of the others, and thousands of them take
        // a noticeable time one after the other.
        var found = new ContentFile?[markdown.Count];
        Parallel.For(0, markdown.Count, i => found[i] = Classify(markdown[i].Absolute, markdown[i].Relative, contentDirectory, config, diagnostics));
        return found.OfType<ContentFile>().ToList();
    }

    private static ContentFile? Classify(string absolute, string relative, string contentDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (SymbolicLinks.LeadOutside(absolute, contentDirectory))
        {
            diagnostics.Error(DiagnosticCodes.LinkOutsideContent, SourceLocation.StartOf(relative),
                new Wording(
                    "tệp này là liên kết tượng trưng (symbolic link) trỏ tới một tệp nằm ngoài thư mục nội dung, nên không bao giờ được đọc; hãy chép hẳn tệp đó vào thư mục nội dung",
                    "this file is a symbolic link to a file outside the content folder, which is never read; copy the file into the content folder instead"));
            return null;
        }

        var slash = relative.IndexOf('/');
        var section = slash > 0 ? ContentSections.FromFolderName(relative[..slash]) : null;
        if (section is null)
        {
            diagnostics.Warning(DiagnosticCodes.OutsideSection, SourceLocation.StartOf(relative),
                new Wording(
                    "tệp Markdown này không nằm trong thư mục chuyên mục nào (articles/, laws/, slogans/, pages/) nên sẽ không được đăng; hãy chuyển nó vào một trong các thư mục đó",
                    "this Markdown file is not in a section folder (articles/, laws/, slogans/, pages/), so it is not published; move it into one"));
            return null;
        }

        var inSection = relative[(slash + 1)..^3];
        var suffix = LanguageSuffix(inSection);
        var language = config.DefaultLanguage;
        var stem = inSection;
        // A suffix is a language when it is one of the site's, or looks like one of two letters (a.fr.md, refused
        // below); other dotted names (thong-tu.btp.md, nghi-dinh.nd-cp.md) are stems of the default language.
        if (suffix is { Code: var code } found
            && (config.Languages.Contains(code, StringComparer.OrdinalIgnoreCase) || (code.Length == 2 && code.All(char.IsAsciiLetterLower))))
        {
            // The code as site.yml spells it: a file system may keep names in one case only (bai.zh-hans.md).
            language = config.Languages.FirstOrDefault(l => string.Equals(l, code, StringComparison.OrdinalIgnoreCase)) ?? code;
            stem = found.Stem;
            if (!config.Languages.Contains(language))
            {
                diagnostics.Error(DiagnosticCodes.UnknownLanguageSuffix, SourceLocation.StartOf(relative),
                    new Wording(
                        $"tên tệp kết thúc bằng '.{language}.md' nhưng '{language}' không phải ngôn ngữ của trang ({string.Join(", ", config.Languages)}); hãy đổi tên tệp",
                        $"the file name ends in '.{language}.md' but '{language}' is not one of the site's languages ({string.Join(", ", config.Languages)}); rename the file"));
                return null;
            }
        }

        return new ContentFile(absolute, relative, section.Value, language, stem);
    }

    /// <summary>Files below <paramref name="directory"/>, skipping hidden files and folders (.git, editor swap files).</summary>
    private static IEnumerable<string> EnumerateVisibleFiles(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(file).StartsWith('.'))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(sub).StartsWith('.'))
            {
                continue;
            }

            foreach (var file in EnumerateVisibleFiles(sub))
            {
                yield return file;
            }
        }
    }

    /// <summary>
    /// A content path without its language code and <c>.md</c>: <c>laws/luat-tre-em.en.md</c>, <c>laws/luat-tre-em.zh-Hans.md</c>
    /// and <c>laws/luat-tre-em.md</c> all give <c>laws/luat-tre-em</c>.
    /// </summary>
    public static string StemOf(string path)
    {
        var withoutMd = path.EndsWith(".md", StringComparison.Ordinal) ? path[..^3] : path;
        return LanguageSuffix(withoutMd)?.Stem ?? withoutMd;
    }

    /// <summary>A name's last dotted part when it is a well-formed language code (<see cref="LanguageCodes"/>), and what comes before it.</summary>
    private static (string Stem, string Code)? LanguageSuffix(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot > name.LastIndexOf('/') && LanguageCodes.IsWellFormed(name[(dot + 1)..]) ? (name[..dot], name[(dot + 1)..]) : null;
    }
}
