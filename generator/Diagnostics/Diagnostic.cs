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

/// <summary>One problem found in the content or theme, printed as <c>path:line:column: error: message [code]</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")}: {Message} [{Code}]";
}
