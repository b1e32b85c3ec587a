using System.Globalization;
using InfoSiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InfoSiteGen.Yaml;

/// <summary>
/// Typed, located reading of one YAML mapping. Every read that finds the wrong shape reports a diagnostic
/// at the offending key or value and returns null, so callers go on and the build reports every problem.
/// Text values are normalised to Unicode NFC; an empty value counts as absent.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, YamlSource source)
    {
        _node = node;
        Source = source;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: not null } scalar)
            {
                _entries[scalar.Value] = (scalar, value);
            }
            else
            {
                source.Diagnostics.Error(DiagnosticCodes.WrongType, source.At(key), new Wording("khóa phải là một từ đơn giản", "a key must be a plain word"));
            }
        }
    }

    public YamlSource Source { get; }

    /// <summary>Where the mapping itself starts.</summary>
    public Diagnostics.SourceLocation Location => Source.At(_node);

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key) && !IsEmpty(_entries[key].Value);

    /// <summary>True when the key's value is a group of <c>key: value</c> lines rather than a text.</summary>
    public bool HoldsMap(string key) => _entries.TryGetValue(key, out var entry) && entry.Value is YamlMappingNode;

    /// <summary>Where the key is written, or where the mapping starts when the key is absent.</summary>
    public Diagnostics.SourceLocation KeyLocation(string key) =>
        _entries.TryGetValue(key, out var entry) ? Source.At(entry.Key) : Location;

    /// <summary>Reports every key not in <paramref name="allowed"/>, suggesting the closest allowed key.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed, Wording where)
    {
        foreach (var (name, entry) in _entries)
        {
            if (allowed.Contains(name))
            {
                continue;
            }

            var suggestion = KeySuggestion.Closest(name, allowed);
            var hint = suggestion is null
                ? new Wording(
                    $"các khóa được phép dùng {where.Vietnamese} là: {string.Join(", ", allowed)}",
                    $"the keys allowed {where.English} are: {string.Join(", ", allowed)}")
                : new Wording($"có phải bạn muốn ghi '{suggestion}'?", $"did you mean '{suggestion}'?");
            Source.Diagnostics.Error(DiagnosticCodes.UnknownKey, Source.At(entry.Key), new Wording(
                $"khóa '{name}' không được dùng {where.Vietnamese}; {hint.Vietnamese}",
                $"unknown key '{name}' {where.English}; {hint.English}"));
        }
    }

    public string? Text(string key, bool required = false)
    {
        if (!TryGet(key, required, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            var text = (scalar.Value ?? string.Empty).Normalize(System.Text.NormalizationForm.FormC).Trim();
            if (text.Length > 0)
            {
                return text;
            }
        }
        else
        {
            WrongType(key, value, new Wording("một giá trị văn bản đơn", "a single text value"));
            return null;
        }

        if (required)
        {
            Missing(key);
        }

        return null;
    }

    public DateOnly? Date(string key)
    {
        if (!TryGet(key, false, out var value))
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            WrongType(key, value, new Wording("một ngày ghi theo dạng YYYY-MM-DD", "a date written YYYY-MM-DD"));
            return null;
        }

        var text = scalar.Value?.Trim() ?? string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Source.Diagnostics.Error(DiagnosticCodes.InvalidDate, Source.At(value),
            new Wording(
                $"'{text}' không phải ngày hợp lệ cho '{key}'; hãy ghi một ngày có thật theo dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ 2023-12-10",
                $"'{text}' is not a valid date for '{key}'; write a real date as YYYY-MM-DD, for example 2023-12-10"));
        return null;
    }

    public int? Integer(string key)
    {
        if (!TryGet(key, false, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode { Style: ScalarStyle.Plain } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        WrongType(key, value, new Wording("một số nguyên, ví dụ 1", "a whole number, for example 1"));
        return null;
    }

    /// <summary>A list of plain texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, Diagnostics.SourceLocation Location)>? TextList(string key)
    {
        if (!TryGet(key, false, out var value))
        {
            return null;
        }

        if (value is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value))
        {
            return [(single.Value.Trim().Normalize(System.Text.NormalizationForm.FormC), Source.At(single))];
        }

        if (value is not YamlSequenceNode sequence)
        {
            WrongType(key, value, new Wording("một danh sách, ví dụ [mục-một, mục-hai]", "a list, for example [first, second]"));
            return null;
        }

        var result = new List<(string, Diagnostics.SourceLocation)>();
        foreach (var element in sequence.Children)
        {
            if (element is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                result.Add((text.Trim().Normalize(System.Text.NormalizationForm.FormC), Source.At(element)));
            }
            else
            {
                Source.Diagnostics.Error(DiagnosticCodes.WrongType, Source.At(element),
                    new Wording(
                        $"mỗi mục của '{key}' phải là một giá trị văn bản đơn",
                        $"each entry of '{key}' must be a single text value"));
            }
        }

        return result;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        if (!TryGet(key, required, out var value))
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, Source);
        }

        WrongType(key, value, new Wording("một nhóm các dòng 'khóa: giá trị'", "a group of 'key: value' lines"));
        return null;
    }

    /// <summary>The entries of a list of mappings, such as the departments of site.yml.</summary>
    public IReadOnlyList<YamlMap>? MapList(string key, bool required = false)
    {
        if (!TryGet(key, required, out var value))
        {
            return null;
        }

        if (value is not YamlSequenceNode sequence)
        {
            WrongType(key, value, new Wording("một danh sách các mục, mỗi mục bắt đầu bằng '- '", "a list of entries, each starting with '- '"));
            return null;
        }

        var result = new List<YamlMap>();
        foreach (var element in sequence.Children)
        {
            if (element is YamlMappingNode mapping)
            {
                result.Add(new YamlMap(mapping, Source));
            }
            else
            {
                Source.Diagnostics.Error(DiagnosticCodes.WrongType, Source.At(element),
                    new Wording(
                        $"mỗi mục của '{key}' phải là một nhóm các cặp 'khóa: giá trị'",
                        $"each entry of '{key}' must be a group of 'key: value' pairs"));
            }
        }

        return result;
    }

    private bool TryGet(string key, bool required, out YamlNode value)
    {
        if (_entries.TryGetValue(key, out var entry) && !IsEmpty(entry.Value))
        {
            value = entry.Value;
            return true;
        }

        if (required)
        {
            Missing(key);
        }

        value = null!;
        return false;
    }

    private void Missing(string key) =>
        Source.Diagnostics.Error(DiagnosticCodes.MissingKey, KeyLocation(key), new Wording(
            $"'{key}' là bắt buộc và không được để trống",
            $"'{key}' is required and must not be empty"));

    private void WrongType(string key, YamlNode value, Wording expected) =>
        Source.Diagnostics.Error(DiagnosticCodes.WrongType, Source.At(value), new Wording(
            $"'{key}' phải là {expected.Vietnamese}",
            $"'{key}' must be {expected.English}"));

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
