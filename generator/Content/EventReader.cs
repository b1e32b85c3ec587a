using System.Globalization;
using System.Text.RegularExpressions;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;
using NodaTime;

namespace InfoSiteGen.Content;

/// <summary>
/// Reads the keys of an event's front matter: <c>starts</c>, <c>ends</c>, <c>time_zone</c>, <c>location</c> and
/// <c>registration</c>, reporting each problem at its key.
/// </summary>
/// <remarks>
/// Times are written as editors write them: <c>2023-12-08 08:00</c>, <c>2023-12-08T08:00</c> or the Vietnamese
/// <c>2023-12-08 8h30</c>; a date alone makes an all-day event. Time zones come from NodaTime's own copy of the
/// IANA database, so a build gives the same times on every machine whatever its system time-zone files.
/// </remarks>
internal static partial class EventReader
{
    public static readonly IReadOnlyList<string> Keys = ["starts", "ends", "time_zone", "location", "registration"];

    private static readonly string[] LocationKeys = ["name", "address"];

    private sealed record WrittenTime(LocalDateTime Local, bool HasTime);

    public static EventDetails? Read(YamlMap map)
    {
        var diagnostics = map.Source.Diagnostics;
        var errorsBefore = diagnostics.ErrorCount;
        var zone = ReadZone(map, out var zoneName);
        var starts = ReadTime(map, "starts", required: true);
        var ends = ReadTime(map, "ends", required: false);
        var location = ReadLocation(map);
        var registration = ReadRegistration(map);

        if (starts is not null && ends is not null)
        {
            if (starts.HasTime != ends.HasTime)
            {
                diagnostics.Error(DiagnosticCodes.InvalidEventTime, map.KeyLocation("ends"), new Wording(
                    "'starts' và 'ends' phải cùng có giờ (ví dụ 2023-12-08 08:00) hoặc cùng chỉ có ngày (sự kiện cả ngày); hãy ghi lại cho thống nhất",
                    "'starts' and 'ends' must both have a time (for example 2023-12-08 08:00) or both be dates only (an all-day event); write them the same way"));
            }
            else if (ends.Local < starts.Local)
            {
                diagnostics.Error(DiagnosticCodes.EventEndsBeforeStart, map.KeyLocation("ends"), new Wording(
                    $"sự kiện kết thúc ({Written(ends)}) trước khi bắt đầu ({Written(starts)}); hãy sửa 'starts' hoặc 'ends'",
                    $"the event ends ({Written(ends)}) before it starts ({Written(starts)}); correct 'starts' or 'ends'"));
            }
        }

        if (diagnostics.ErrorCount > errorsBefore || starts is null || location is null)
        {
            return null;
        }

        var offsetZone = zone ?? DateTimeZone.ForOffset(Offset.FromTimeSpan(EventDetails.ProvincialOffset));
        return new EventDetails(
            offsetZone.AtLeniently(starts.Local).ToDateTimeOffset(),
            ends is null ? null : offsetZone.AtLeniently(ends.Local).ToDateTimeOffset(),
            !starts.HasTime,
            zoneName,
            location,
            registration);
    }

    private static DateTimeZone? ReadZone(YamlMap map, out string? name)
    {
        name = map.Text("time_zone");
        if (name is null)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(name);
        if (zone is null)
        {
            // The database names Viet Nam's zone after Ho Chi Minh City only; an editor may well try the capital.
            var closest = KeySuggestion.Closest(name, DateTimeZoneProviders.Tzdb.Ids)
                ?? (VietnamNames().IsMatch(name) ? EventDetails.ProvincialTimeZone : null);
            var hint = closest is null ? new Wording(string.Empty, string.Empty) : new Wording($" (có phải bạn muốn ghi '{closest}'?)", $" (did you mean '{closest}'?)");
            map.Source.Diagnostics.Error(DiagnosticCodes.UnknownTimeZone, map.KeyLocation("time_zone"), new Wording(
                $"không có múi giờ '{name}'; hãy ghi tên múi giờ IANA dạng Khu_vực/Thành_phố, ví dụ Asia/Ho_Chi_Minh hoặc Europe/Paris, hoặc bỏ 'time_zone' để dùng giờ Việt Nam{hint.Vietnamese}",
                $"unknown time zone '{name}'; write an IANA time zone name such as Asia/Ho_Chi_Minh or Europe/Paris, or leave out 'time_zone' for Viet Nam time{hint.English}"));
            name = null;
        }

        return zone;
    }

    private static WrittenTime? ReadTime(YamlMap map, string key, bool required)
    {
        var text = map.Text(key, required);
        if (text is null)
        {
            return null;
        }

        var diagnostics = map.Source.Diagnostics;
        var at = map.KeyLocation(key);
        if (TimeOnlyPattern().IsMatch(text))
        {
            diagnostics.Error(DiagnosticCodes.InvalidEventTime, at, new Wording(
                $"'{key}' có giờ '{text}' nhưng chưa có ngày; hãy ghi cả ngày và giờ, ví dụ {key}: 2023-12-08 {text}",
                $"'{key}' has the time '{text}' but no date; write the date and the time, for example {key}: 2023-12-08 {text}"));
            return null;
        }

        var match = DateTimePattern().Match(text);
        if (match.Success
            && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (!match.Groups["hour"].Success)
            {
                return new WrittenTime(new LocalDateTime(date.Year, date.Month, date.Day, 0, 0), false);
            }

            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour < 24 && minute < 60)
            {
                return new WrittenTime(new LocalDateTime(date.Year, date.Month, date.Day, hour, minute), true);
            }
        }

        diagnostics.Error(DiagnosticCodes.InvalidEventTime, at, new Wording(
            $"'{text}' không phải ngày giờ hợp lệ cho '{key}'; hãy ghi ngày và giờ dạng YYYY-MM-DD HH:MM, ví dụ 2023-12-08 08:00, hoặc chỉ ngày YYYY-MM-DD cho sự kiện cả ngày",
            $"'{text}' is not a valid date and time for '{key}'; write YYYY-MM-DD HH:MM, for example 2023-12-08 08:00, or a date YYYY-MM-DD alone for an all-day event"));
        return null;
    }

    private static EventPlace? ReadLocation(YamlMap map)
    {
        if (map.HoldsMap("location"))
        {
            var place = map.Map("location")!;
            place.RejectUnknownKeys(LocationKeys, new Wording("trong 'location'", "in 'location'"));
            var name = place.Text("name", required: true);
            return name is null ? null : new EventPlace(name, place.Text("address"));
        }

        var text = map.Text("location");
        if (text is null && !map.Has("location"))
        {
            map.Source.Diagnostics.Error(DiagnosticCodes.MissingKey, map.Location, new Wording(
                "sự kiện chưa có địa điểm; hãy thêm 'location:' với tên và địa chỉ nơi tổ chức, ví dụ location: { name: \"Hội trường UBND tỉnh\", address: \"Số 1 đường ...\" }",
                "the event has no place; add 'location:' with the name and address of the venue, for example location: { name: \"Provincial Hall\", address: \"No. 1 ... Street\" }"));
        }

        return text is null ? null : new EventPlace(text, null);
    }

    private static string? ReadRegistration(YamlMap map)
    {
        var text = map.Text("registration");
        if (text is not null && text.Contains("://", StringComparison.Ordinal) && !IsWebAddress(text))
        {
            map.Source.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("registration"), new Wording(
                $"'{text}' không phải địa chỉ web hợp lệ cho 'registration'; hãy ghi địa chỉ đầy đủ bắt đầu bằng https://, một địa chỉ thư điện tử, số điện thoại hoặc một câu hướng dẫn đăng ký",
                $"'{text}' is not a valid web address for 'registration'; write a full address starting with https://, an e-mail address, a phone number or a sentence saying how to register"));
            return null;
        }

        return text;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string Written(WrittenTime time) =>
        time.Local.ToString(time.HasTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // 2023-12-08, 2023-12-08 08:00, 2023-12-08T08:00:00, 2023-12-08 8h30, 2023-12-08 8h.
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[ T](?<hour>\d{1,2})(?::(?<minute>\d{2})(?::00)?|h(?<minute>\d{2})?))?$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^\d{1,2}(?::\d{2}(?::\d{2})?|h\d{0,2})$")]
    private static partial Regex TimeOnlyPattern();

    [GeneratedRegex("ha_?noi|viet_?nam|saigon|^ict$", RegexOptions.IgnoreCase)]
    private static partial Regex VietnamNames();
}
