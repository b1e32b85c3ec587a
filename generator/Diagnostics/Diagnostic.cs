namespace InfoSiteGen.Diagnostics;

/// <summary>How serious a problem is: errors fail the build, warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>A place in a source file. Lines and columns start at 1; the path is relative to the content folder, with '/'.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that belong to the file as a whole.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>
/// One problem found in the content or theme, printed as <c>path:line:column: error: message [code]</c>
/// (in Vietnamese <c>path:line:column: lỗi: ... [code]</c>).
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, Wording Wording)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The English wording, which tests and logs compare against.</summary>
    public string Message => Wording.English;

    public string Format(ToolLanguage language) => language == ToolLanguage.English
        ? $"{Location}: {(IsError ? "error" : "warning")}: {Wording.English} [{Code}]"
        : $"{Location}: {(IsError ? "lỗi" : "cảnh báo")}: {Wording.Vietnamese} [{Code}]";

    public override string ToString() => Format(ToolLanguage.English);
}
