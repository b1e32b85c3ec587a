using System.Text;
using InfoSiteGen.Bodies;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Pipeline.Store;

/// <summary>
/// Writes what the pipeline remembers in the store's binary form; <see cref="StoreReader"/> reads it back, method
/// for method in the same order. Written by hand rather than by a serializer: the store is read at the start of
/// every build, where a serializer's first use (its code compiled at run time) would cost more than the reading.
/// Every string goes through a table, so the thousands of repeated paths, languages and codes are written once;
/// search terms likewise. A field added to one of these records must be added here and in the reader: the
/// round-trip test compares every property.
/// </summary>
public sealed class StoreWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter _out = new(stream, Encoding.UTF8, leaveOpen: true);
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<SearchTerm, int> _terms = new(ReferenceEqualityComparer.Instance);

    public void Int(int value) => _out.Write7BitEncodedInt(value);

    public void Long(long value) => _out.Write7BitEncodedInt64(value);

    public void Bool(bool value) => _out.Write(value);

    public void Bytes(byte[] value)
    {
        Int(value.Length);
        _out.Write(value);
    }

    /// <summary>0 for null, 1 for a string met for the first time (which follows), 2 + its number for one met before.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        if (_strings.TryGetValue(value, out var number))
        {
            Int(number + 2);
            return;
        }

        _strings[value] = _strings.Count;
        Int(1);
        _out.Write(value);
    }

    public void Date(DateOnly? value) => Int(value is { } day ? day.DayNumber + 1 : 0);

    public void Strings(IReadOnlyList<string> values) => List(values, String);

    /// <summary>The count, or -1 for null, then each element.</summary>
    public void List<T>(IReadOnlyList<T>? values, Action<T> write)
    {
        Int(values?.Count ?? -1);
        foreach (var value in values ?? [])
        {
            write(value);
        }
    }

    /// <summary>A presence flag, then the value when present.</summary>
    public void Optional<T>(T? value, Action<T> write)
        where T : class
    {
        Bool(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    public void Location(SourceLocation at)
    {
        String(at.Path);
        Int(at.Line);
        Int(at.Column);
    }

    public void Diagnostics(IReadOnlyList<Diagnostic> problems) => List(problems, problem =>
    {
        Int((int)problem.Severity);
        String(problem.Code);
        Location(problem.Location);
        String(problem.Wording.Vietnamese);
        String(problem.Wording.English);
    });

    public void Item(ContentItem item)
    {
        String(item.SourcePath);
        String(item.SourceSha256);
        Int((int)item.Section);
        String(item.Language);
        String(item.TranslationKey);
        String(item.Title);
        Date(item.Date);
        Int((int)item.Status);
        String(item.ApprovedBy);
        Date(item.ApprovedOn);
        String(item.DepartmentId);
        Strings(item.TopicIds);
        String(item.Summary);
        Date(item.Window.From);
        Date(item.Window.Until);
        String(item.Slug);
        String(item.UrlPath);
        // Body: never kept, the items the pipeline holds are without their Markdown.
        Int(item.BodyLine);
        Optional(item.Law, Law);
        Optional(item.Event, Event);
        String(item.Image);
        String(item.ImageAlt);
        Media(item.Media);
        String(item.ImageCredit);
        Int(item.Weight);
        Int(item.KeyLocations.Count);
        foreach (var (key, at) in item.KeyLocations)
        {
            String(key);
            Location(at);
        }
    }

    private void Law(LawMetadata law)
    {
        String(law.Number);
        String(law.Kind);
        String(law.Issuer);
        Date(law.IssuedOn);
        Date(law.EffectiveOn);
        Int((int)law.LegalStatus);
        String(law.SourceUrl);
        String(law.Attachment);
        List(law.History, change =>
        {
            Date(change.On);
            Int((int)change.Status);
            String(change.ReplacedBy);
            String(change.AmendedBy);
            Location(change.At);
        });
    }

    private void Event(EventDetails details)
    {
        Moment(details.Starts);
        Bool(details.Ends is not null);
        if (details.Ends is { } ends)
        {
            Moment(ends);
        }

        Bool(details.AllDay);
        String(details.TimeZone);
        String(details.Location.Name);
        String(details.Location.Address);
        String(details.Registration);
    }

    private void Moment(DateTimeOffset moment)
    {
        Long(moment.Ticks);
        Long(moment.Offset.Ticks);
    }

    private void Media(ItemMedia media)
    {
        // The shared empty value is told apart by reference elsewhere (MediaResolution), so it is written as itself.
        Bool(ReferenceEquals(media, ItemMedia.None));
        if (ReferenceEquals(media, ItemMedia.None))
        {
            return;
        }

        List(media.Gallery, entry =>
        {
            String(entry.Source);
            String(entry.Alt);
            String(entry.Caption);
            String(entry.Credit);
            Location(entry.At);
        });
        Optional(media.Video, Reference);
        Optional(media.Poster, Reference);
        Int(media.Captions.Count);
        foreach (var (language, captions) in media.Captions)
        {
            String(language);
            Reference(captions);
        }

        Optional(media.Audio, Reference);
    }

    private void Reference(MediaReference reference)
    {
        String(reference.Path);
        Location(reference.At);
    }

    /// <summary>A rendered item, but for its body's HTML, which goes to the data file at <paramref name="html"/>.</summary>
    public void Rendered(RenderedItem rendered, (long Offset, int Length) html)
    {
        var body = rendered.Body;
        Long(html.Offset);
        Int(html.Length);
        List(body.Headings, heading =>
        {
            Int(heading.Level);
            String(heading.Text);
            String(heading.Id);
        });
        Int(body.WordCount);
        Strings(body.Assets);
        List(body.FragmentLinks, link =>
        {
            String(link.TargetSource);
            String(link.Id);
            String(link.Url);
            Location(link.At);
        });
        String(body.Lead);
        List(body.SearchTerms, Term);
        Optional(rendered.Attachment, attachment =>
        {
            String(attachment.Href);
            String(attachment.Asset);
            String(attachment.FileType);
            Long(attachment.SizeBytes);
        });
        Optional(rendered.Image, image =>
        {
            Image(image.Image);
            String(image.Alt);
            String(image.Credit);
        });
        Media(rendered.Media);
        List(rendered.MediaUses, use =>
        {
            Int((int)use.Kind);
            String(use.Asset);
            Location(use.At);
        });
    }

    private void Term(SearchTerm term)
    {
        if (_terms.TryGetValue(term, out var number))
        {
            Int(number + 1);
            return;
        }

        _terms[term] = _terms.Count;
        Int(0);
        String(term.Exact);
        String(term.Fold);
    }

    private void Media(RenderedMedia media)
    {
        Bool(ReferenceEquals(media, RenderedMedia.None));
        if (ReferenceEquals(media, RenderedMedia.None))
        {
            return;
        }

        List(media.Gallery, picture =>
        {
            Image(picture.Image);
            String(picture.Alt);
            String(picture.Caption);
            String(picture.Credit);
        });
        Optional(media.Video, Media);
        Optional(media.Audio, Media);
    }

    private void Media(PublishedMedia media)
    {
        MediaFile(media.File);
        Optional(media.Poster, Image);
        List(media.Captions, track =>
        {
            String(track.Language);
            MediaFile(track.File);
            String(track.DataUrl);
        });
    }

    private void MediaFile(PublishedFile file)
    {
        String(file.Source);
        String(file.OutputPath);
        String(file.MimeType);
        Long(file.SizeBytes);
        Long(file.Duration?.Ticks ?? -1);
    }

    private void Image(PublishedImage image)
    {
        String(image.Source);
        String(image.Key);
        Int(image.Width);
        Int(image.Height);
        String(image.FallbackFormat);
        List(image.Variants, variant =>
        {
            String(variant.Format);
            Int(variant.Width);
            Int(variant.Height);
            String(variant.OutputPath);
            Bool(variant.Crop);
        });
        String(image.Name);
    }

    public void Dispose() => _out.Dispose();
}
