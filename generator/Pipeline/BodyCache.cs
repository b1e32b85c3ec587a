using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using InfoSiteGen.Bodies;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Pipeline;

/// <summary>A rendered body as the Markdown stage keeps it: what the pipeline store keeps of it.</summary>
/// <param name="FileHash">The hash of the bytes of the file it was rendered from.</param>
public sealed record RememberedBody(string SourcePath, byte[] FileHash, RenderedItem Rendered, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// The Markdown stage of the pipeline: a body is rendered again only when its file's bytes changed
/// or when something its links depend on changed — which items exist, where they are published and whether
/// they are, and which other files the content folder holds (attachments, images, with their sizes). Editing
/// the text of one article renders that article only; adding, removing, renaming or (un)publishing an item
/// renders every body again, as its links may now lead elsewhere.
/// </summary>
/// <param name="spill">Where the rendered HTML is kept instead of the memory, if anywhere.</param>
public sealed class BodyCache(PipelineStatistics statistics, HtmlSpill? spill = null)
{
    private readonly ConcurrentDictionary<string, RememberedBody> _entries = new(StringComparer.Ordinal);

    // One for the session, like the bodies: each spelling of a word is normalised once, not once per render.
    private readonly Writing.SearchTermCollector _searchTerms = new();
    private string _linkContext = string.Empty;

    /// <summary>The search terms of the session, which bodies read back from the pipeline store must share.</summary>
    public Writing.SearchTermCollector SearchTerms => _searchTerms;

    /// <summary>Every body as last rendered, and the fingerprint of what their links resolved against: for the pipeline store.</summary>
    public (IReadOnlyList<RememberedBody> Bodies, string LinkContext) Remembered() =>
        (_entries.Values.ToList(), _linkContext);

    /// <summary>
    /// Takes bodies rendered by an earlier run (the pipeline store's) as rendered, with the fingerprint of what their
    /// links resolved against then: the first update compares it with the content's, and renders everything again if they differ.
    /// </summary>
    public void Remember(IEnumerable<RememberedBody> bodies, string linkContext)
    {
        foreach (var body in bodies)
        {
            _entries[body.SourcePath] = body;
        }

        _linkContext = linkContext;
    }

    public void Clear()
    {
        _entries.Clear();
        _linkContext = string.Empty;
    }

    /// <summary>Every published item rendered, by source path, reusing what is still valid.</summary>
    /// <param name="published">The items to render, without their Markdown, which <paramref name="markdownOf"/> gives by source path.</param>
    public IReadOnlyDictionary<string, RenderedItem> RenderAll(
        IReadOnlyList<ContentItem> published,
        IReadOnlyList<ContentItem> allItems,
        PublicationRules rules,
        LinkResolver links,
        HtmlSafety safety,
        string contentDirectory,
        Func<string, byte[]?> fileHash,
        Func<string, string?> markdownOf,
        bool structureChanged,
        DiagnosticBag diagnostics)
    {
        // Without a change of structure (see ContentReading) nothing a link resolves against can have changed.
        // With nothing remembered there is nothing to forget, so the fingerprint is taken while the bodies render:
        // a one-time build never needs it, and should not wait for it.
        var contextTaken = Task.CompletedTask;
        if (_entries.IsEmpty)
        {
            contextTaken = Task.Run(() => _linkContext = LinkContext(allItems, rules, contentDirectory));
        }
        else if (structureChanged || _linkContext.Length == 0)
        {
            var context = LinkContext(allItems, rules, contentDirectory);
            if (context != _linkContext)
            {
                _entries.Clear();
                _linkContext = context;
            }
        }

        var results = new RenderedItem[published.Count];
        Parallel.For(0, published.Count, i =>
        {
            var item = published[i];
            var hash = fileHash(item.SourcePath) ?? [];
            if (!_entries.TryGetValue(item.SourcePath, out var entry) || !entry.FileHash.AsSpan().SequenceEqual(hash))
            {
                var problems = new DiagnosticBag();
                var ownLinks = links.ReportingTo(problems);
                if (markdownOf(item.SourcePath) is not { } markdown)
                {
                    markdown = string.Empty;
                    problems.Error(DiagnosticCodes.FileUnreadable, SourceLocation.StartOf(item.SourcePath), new Wording(
                        "tệp đã thay đổi trong lúc dựng trang nên không đọc lại được nội dung; hãy dựng lại",
                        "the file changed while the site was being built, so its text could not be read again; build again"));
                }

                var withMarkdown = item with { Body = markdown };
                var rendered = BodyRendering.Render(withMarkdown, new MarkdownRenderer(ownLinks, safety, problems, _searchTerms), ownLinks, contentDirectory, problems);
                // The item as read, which the content stage keeps without its Markdown: the one the other stages hold.
                rendered = rendered with { Item = item.WithoutBody(), Body = spill is null ? rendered.Body : rendered.Body.SpilledTo(spill) };
                statistics.BodyRendered();
                entry = new RememberedBody(item.SourcePath, hash, rendered, problems.All);
                _entries[item.SourcePath] = entry;
            }

            foreach (var problem in entry.Problems)
            {
                diagnostics.Add(problem);
            }

            results[i] = entry.Rendered;
        });

        var publishedPaths = published.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in _entries.Keys.Where(path => !publishedPaths.Contains(path)))
        {
            _entries.TryRemove(stale, out _);
        }

        contextTaken.GetAwaiter().GetResult();
        var bySource = results.ToDictionary(r => r.Item.SourcePath, StringComparer.Ordinal);
        BodyRendering.CheckFragments(bySource, diagnostics);
        return bySource;
    }

    /// <summary>A fingerprint of everything a link in a body may resolve against, besides the body itself.</summary>
    private static string LinkContext(IReadOnlyList<ContentItem> allItems, PublicationRules rules, string contentDirectory)
    {
        var text = new StringBuilder();
        foreach (var item in allItems)
        {
            // The translation key: a link naming a file without its language suffix finds the page by it.
            text.Append(item.SourcePath).Append('\t').Append(item.Language).Append('\t').Append(item.UrlPath)
                .Append('\t').Append(item.TranslationKey).Append('\t').Append(item.Status).Append('\t').Append(rules.IsPublished(item)).Append('\n');
        }

        foreach (var file in new DirectoryInfo(contentDirectory).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (!file.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                // The time too: a photo replaced by another of the same size must be planned again.
                text.Append(file.FullName).Append('\t').Append(file.Length).Append('\t').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
