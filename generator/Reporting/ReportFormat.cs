namespace InfoSiteGen.Reporting;

/// <summary>The forms the department report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Markdown with tables.</summary>
    Markdown,

    /// <summary>One row per department, type and language, for a spreadsheet.</summary>
    Csv,

    /// <summary>A self-contained page with charts, for reading and printing.</summary>
    Html,
}
