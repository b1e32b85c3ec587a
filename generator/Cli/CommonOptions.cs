using System.Globalization;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Cli;

/// <summary>Options several commands share, read the same way and refused with the same messages.</summary>
public static class CommonOptions
{
    /// <summary>A folder option: relative to the working folder when given, else the named folder of the repository.</summary>
    public static string Folder(ParsedArguments parsed, string option, string fallback, string workingDirectory) =>
        Path.GetFullPath(parsed.Value(option) is { } given
            ? Path.Combine(workingDirectory, given)
            : Path.Combine(RepositoryPaths.Root(workingDirectory), fallback));

    /// <summary>
    /// <c>--theme</c> when given; else the site's own <c>theme/</c>, or the one beside the content folder given
    /// with <c>--content</c>; when there is none, the theme published with the generator (an installed
    /// <c>infositegen</c> carries one).
    /// </summary>
    public static string ThemeFolder(ParsedArguments parsed, string workingDirectory)
    {
        var theme = Folder(parsed, "theme", "theme", workingDirectory);
        if (parsed.Value("theme") is not null || Directory.Exists(theme))
        {
            return theme;
        }

        // A content folder given from elsewhere brings the theme beside it, when it has one.
        var content = Folder(parsed, "content", "content", workingDirectory);
        var beside = Path.Combine(Path.GetDirectoryName(content) ?? content, "theme");
        var shipped = Path.Combine(AppContext.BaseDirectory, "theme");
        return Directory.Exists(beside) ? beside : Directory.Exists(shipped) ? shipped : theme;
    }

    public static readonly Wording NoContent = new(
        "thư mục nội dung '{0}' không tồn tại",
        "the content folder '{0}' does not exist");

    public static readonly Wording NoTheme = new(
        "thư mục giao diện '{0}' không tồn tại",
        "the theme folder '{0}' does not exist");

    /// <summary><c>--now YYYY-MM-DD</c>, by default today in Viet Nam.</summary>
    public static DateOnly Now(ParsedArguments parsed)
    {
        if (parsed.Value("now") is not { } text)
        {
            return ProvincialClock.Today();
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var now))
        {
            throw new UsageException(new Wording(
                $"--now '{text}' không phải là ngày; hãy ghi theo dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ --now 2023-12-10",
                $"--now '{text}' is not a date; write it as YYYY-MM-DD, for example --now 2023-12-10"));
        }

        return now;
    }

    /// <summary><c>--department ID</c>, which must be one of <c>departments</c> in site.yml; null when not given.</summary>
    public static string? Department(ParsedArguments parsed, Configuration.SiteConfig config)
    {
        var department = parsed.Value("department");
        if (department is not null && config.FindDepartment(department) is null)
        {
            var closest = Yaml.KeySuggestion.Closest(department, config.Departments.Select(d => d.Id));
            throw new UsageException(new Wording(
                $"--department '{department}' không phải đơn vị nào trong site.yml{(closest is null ? string.Empty : $"; có phải bạn muốn ghi '{closest}'?")}",
                $"--department '{department}' is not a department of site.yml{(closest is null ? string.Empty : $"; did you mean '{closest}'?")}"));
        }

        return department;
    }

    /// <summary>A translation is named after the item it translates, so <c>--slug</c> has no place beside <c>--translate</c>.</summary>
    public static void RefuseSlugWithTranslate(ParsedArguments parsed)
    {
        if (parsed.Value("slug") is not null)
        {
            throw new UsageException(new Wording(
                "bản dịch được đặt tên theo bài mà nó dịch; hãy bỏ --slug khi dùng --translate",
                "a translation is named after the item it translates; leave out --slug with --translate"));
        }
    }

    /// <summary><c>--slug</c>, checked: null when not given.</summary>
    /// <exception cref="UsageException">It is not a slug.</exception>
    public static string? Slug(ParsedArguments parsed) => parsed.Value("slug") is not { } slug || Writing.Slug.IsValid(slug)
        ? parsed.Value("slug")
        : throw new UsageException(new Wording(
            $"--slug '{slug}' chỉ được gồm chữ thường a-z, chữ số và dấu gạch ngang, ví dụ '{Writing.Slug.From(slug)}'",
            $"--slug '{slug}' may only contain lower-case letters a-z, digits and hyphens, for example '{Writing.Slug.From(slug)}'"));
}
