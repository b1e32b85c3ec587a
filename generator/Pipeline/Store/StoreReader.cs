using System.Text;
using InfoSiteGen.Bodies;
using InfoSiteGen.Content;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Media;
using InfoSiteGen.Writing;

namespace InfoSiteGen.Pipeline.Store;

/// <summary>
/// Reads what <see cref="StoreWriter"/> wrote, method for method in the same order. A store that ends early or
/// holds a value out of range throws <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/>, and the
/// pipeline then starts from nothing.
/// </summary>
/// <param name="bytes">The whole index, read at once: values are decoded from it directly, which a <see cref="BinaryReader"/> would do in small pieces.</param>
/// <param name="position">Where the values start (after the header).</param>
/// <param name="terms">The search terms of the session: a term read becomes the collector's own object for its spelling.</param>
/// <param name="html">The data file that holds the bodies' HTML.</param>
public sealed class StoreReader(byte[] bytes, int position, SearchTermCollector terms, HtmlSpill html)
{
    private readonly List<string> _strings = [];
    private readonly List<SearchTerm> _terms = [];
    private int _at = position;

    // As BinaryWriter writes an int: its 32 bits unsigned, so -1 (a missing list) takes five bytes.
    public int Int() => unchecked((int)(uint)Long());

    /// <summary>Seven bits per byte, lowest first, the high bit set on all but the last (as <see cref="BinaryWriter.Write7BitEncodedInt64"/> writes).</summary>
    public long Long()
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var next = Byte();
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return (long)value;
            }
        }

        throw new InvalidDataException("a number is too long");
    }

    public bool Bool() => Byte() != 0;

    public byte[] Bytes() => Span(Count()).ToArray();

    private byte Byte() => _at < bytes.Length ? bytes[_at++] : throw new EndOfStreamException();

    private ReadOnlySpan<byte> Span(int length)
    {
        if (length > bytes.Length - _at)
        {
            throw new EndOfStreamException();
        }

        _at += length;
        return bytes.AsSpan(_at - length, length);
    }

    public string? String()
    {
        var number = Int();
        switch (number)
        {
            case 0:
                return null;
            case 1:
                var value = Encoding.UTF8.GetString(Span(Count()));
                _strings.Add(value);
                return value;
            default:
                return number - 2 < _strings.Count ? _strings[number - 2] : throw new InvalidDataException("a string refers past the table");
        }
    }

    public string Text() => String() ?? throw new InvalidDataException("a required string is missing");

    public DateOnly? Date() => Int() is var number and > 0 ? DateOnly.FromDayNumber(number - 1) : null;

    public IReadOnlyList<string> Strings() => List(Text)!;

    public IReadOnlyList<T>? List<T>(Func<T> read)
    {
        if (Int() is var count && count == -1)
        {
            return null;
        }

        if (count < 0 || count > bytes.Length - _at)
        {
            throw new InvalidDataException("a count is out of range");
        }

        var values = new T[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = read();
        }

        return values;
    }

    public IReadOnlyList<T> Required<T>(Func<T> read) => List(read) ?? throw new InvalidDataException("a required list is missing");

    public T? Optional<T>(Func<T> read)
        where T : class => Bool() ? read() : null;

    public SourceLocation Location() => new(Text(), Int(), Int());

    public IReadOnlyList<Diagnostic> Diagnostics() => Required(() => new Diagnostic(
        Enum<Severity>(), Text(), Location(), new Wording(Text(), Text())));

    public ContentItem Item()
    {
        var item = new ContentItem
        {
            SourcePath = Text(),
            SourceSha256 = String(),
            Section = Enum<ContentSection>(),
            Language = Text(),
            TranslationKey = Text(),
            Title = Text(),
            Date = Date(),
            Status = Enum<ItemStatus>(),
            ApprovedBy = String(),
            ApprovedOn = Date(),
            DepartmentId = String(),
            TopicIds = Strings(),
            Summary = String(),
            Window = new PublicationWindow(Date(), Date()),
            Slug = Text(),
            UrlPath = Text(),
            Body = string.Empty,
            BodyLine = Int(),
            Law = Optional(Law),
            Event = Optional(Event),
            Image = String(),
            ImageAlt = String(),
            Media = ItemMedia(),
            ImageCredit = String(),
            Weight = Int(),
        };
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var count = Count(); count > 0; count--)
        {
            locations.Add(Text(), Location());
        }

        return item with { KeyLocations = locations };
    }

    private LawMetadata Law() => new(
        String(), String(), String(), Date(), Date(), Enum<LegalStatus>(), String(), String(),
        List(() => new LawStatusChange(Date() ?? throw new InvalidDataException("a change of status has no date"), Enum<LegalStatus>(), String(), String(), Location())));

    private EventDetails Event() => new(Moment(), Bool() ? Moment() : null, Bool(), String(), new EventPlace(Text(), String()), String());

    private DateTimeOffset Moment() => new(Long(), TimeSpan.FromTicks(Long()));

    private ItemMedia ItemMedia()
    {
        if (Bool())
        {
            return Content.ItemMedia.None;
        }

        var gallery = Required(() => new GalleryEntry(Text(), Text(), String(), String(), Location()));
        var video = Optional(Reference);
        var poster = Optional(Reference);
        var captions = new Dictionary<string, MediaReference>(StringComparer.Ordinal);
        for (var count = Count(); count > 0; count--)
        {
            captions.Add(Text(), Reference());
        }

        return new ItemMedia(gallery, video, poster, captions, Optional(Reference));
    }

    private MediaReference Reference() => new(Text(), Location());

    /// <summary>A rendered item of <paramref name="item"/>, its body's HTML left in the data file.</summary>
    public RenderedItem Rendered(ContentItem item)
    {
        var slice = html.At(Long(), Int());
        var body = new RenderedBody(
            string.Empty,
            Required(() => new Heading(Int(), Text(), Text())),
            Int(),
            Strings(),
            Required(() => new FragmentLink(Text(), Text(), Text(), Location())))
        {
            Lead = Text(),
            SearchTerms = Required(Term),
        };
        return new RenderedItem(
            item,
            body.WithHtmlIn(slice),
            Optional(() => new Attachment(Text(), Text(), Text(), Long())),
            Optional(() => new LeadImage(Image(), Text(), String())))
        {
            Media = RenderedMedia(),
            MediaUses = Required(() => new MediaUse(Enum<MediaKind>(), Text(), Location())),
        };
    }

    private SearchTerm Term()
    {
        var number = Int();
        if (number > 0)
        {
            return number - 1 < _terms.Count ? _terms[number - 1] : throw new InvalidDataException("a search term refers past the table");
        }

        var term = terms.Adopt(Text(), Text());
        _terms.Add(term);
        return term;
    }

    private RenderedMedia RenderedMedia() => Bool()
        ? Bodies.RenderedMedia.None
        : new RenderedMedia(Required(() => new GalleryPicture(Image(), Text(), String(), String())), Optional(PublishedMedia), Optional(PublishedMedia));

    private PublishedMedia PublishedMedia() => new(
        MediaFile(), Optional(Image), Required(() => new CaptionTrack(Text(), MediaFile(), Text())));

    private PublishedFile MediaFile() => new(Text(), Text(), Text(), Long(), Long() is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null);

    private PublishedImage Image() => new(
        Text(), Text(), Int(), Int(), Text(), Required(() => new ImageVariant(Text(), Int(), Int(), Text(), Bool())), Text());

    // Every element takes a byte at least, so a count beyond the bytes left is damage, not a list to allocate.
    private int Count() => Int() is var count and >= 0 && count <= bytes.Length - _at ? count : throw new InvalidDataException("a count is out of range");

    public T Enum<T>()
        where T : struct, Enum
    {
        var value = Int();
        return System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw new InvalidDataException($"{value} is not a {typeof(T).Name}");
    }
}
