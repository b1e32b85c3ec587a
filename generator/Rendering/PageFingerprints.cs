using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using InfoSiteGen.Pages;

namespace InfoSiteGen.Rendering;

/// <summary>
/// A fingerprint of everything a page's HTML is made from, so that a build can keep a page the last build wrote
/// from the same inputs instead of rendering it again. A page is rendered from its record (<see cref="SitePage"/>)
/// through a <see cref="PageView"/>, which sees nothing else but the site's configuration, the interface texts and
/// the build's settings; those, the theme and the generator are the <paramref name="siteInputs"/> every
/// fingerprint starts from. The record is taken whole: every public property, through every list and record it
/// holds, so a field added to a page is part of the fingerprint without anyone remembering to add it.
/// </summary>
/// <param name="siteInputs">A fingerprint of the site-wide inputs: generator, theme, site.yml, UI strings, date and options.</param>
public sealed class PageFingerprints(byte[] siteInputs)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    // Records shared by many pages (an item's summary on every list it is in, a department) are hashed once.
    private readonly ConcurrentDictionary<object, byte[]> _hashes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The fingerprint of a page: equal for two pages exactly when their HTML is made from equal inputs; null when it cannot be taken.</summary>
    public byte[]? Of(SitePage page)
    {
        try
        {
            var writer = new ArrayBufferWriter<byte>(1024);
            writer.Write(siteInputs);
            Append(writer, page);
            return SHA256.HashData(writer.WrittenSpan);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A property that cannot be read now (a body's file gone): the page is rendered, as without a fingerprint.
            return null;
        }
    }

    private byte[] HashOf(object value)
    {
        if (_hashes.TryGetValue(value, out var known))
        {
            return known;
        }

        var writer = new ArrayBufferWriter<byte>(256);
        AppendMembers(writer, value);
        return _hashes.GetOrAdd(value, SHA256.HashData(writer.WrittenSpan));
    }

    private void Append(ArrayBufferWriter<byte> writer, object? value)
    {
        switch (value)
        {
            case null:
                Tag(writer, 0);
                break;
            case string text:
                Tag(writer, 1);
                Length(writer, text.Length);
                Encoding.UTF8.GetBytes(text, writer);
                break;
            case byte[] bytes:
                Tag(writer, 2);
                Length(writer, bytes.Length);
                writer.Write(bytes);
                break;
            case bool or char or int or long or short or byte or double or float or decimal or Enum or DateOnly or DateTime or DateTimeOffset or TimeSpan or Uri:
                // The type too: 1 and 1.0, or an enum and its number, are not the same input.
                Tag(writer, 3);
                Append(writer, value.GetType().FullName);
                Append(writer, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) + (value is DateTimeOffset moment ? moment.Offset.ToString() : string.Empty));
                break;
            case IEnumerable sequence:
                Tag(writer, 4);
                foreach (var element in sequence)
                {
                    Tag(writer, 5);
                    Append(writer, element);
                }

                Tag(writer, 6);
                break;
            default:
                Tag(writer, 7);
                Append(writer, value.GetType().FullName);
                if (value.GetType().IsValueType)
                {
                    AppendMembers(writer, value);
                }
                else
                {
                    writer.Write(HashOf(value));
                }

                break;
        }
    }

    private void AppendMembers(ArrayBufferWriter<byte> writer, object value)
    {
        foreach (var property in PropertiesByType.GetOrAdd(value.GetType(), PropertiesOf))
        {
            Append(writer, property.GetValue(value));
        }
    }

    /// <summary>The public properties a page may show, in a fixed order.</summary>
    private static PropertyInfo[] PropertiesOf(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && !(p.DeclaringType == typeof(Bodies.RenderedBody) && NotShown.Contains(p.Name)))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    // Not part of any page: where a body's HTML happens to be kept (the HTML itself is taken), and the search terms
    // the search index is made from (pages never show them).
    private static readonly HashSet<string> NotShown = [nameof(Bodies.RenderedBody.HtmlPlace), nameof(Bodies.RenderedBody.SearchTerms)];

    private static void Tag(ArrayBufferWriter<byte> writer, byte tag) => writer.Write([tag]);

    private static void Length(ArrayBufferWriter<byte> writer, int length)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        writer.Write(bytes);
    }
}
