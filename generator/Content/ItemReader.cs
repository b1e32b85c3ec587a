using InfoSiteGen.Configuration;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Yaml;

namespace InfoSiteGen.Content;

/// <summary>Turns one content file's text into a validated <see cref="ContentItem"/>, reporting every problem.</summary>
public sealed class ItemReader(SiteConfig config, DiagnosticBag diagnostics)
{
    public ContentItem? Read(ContentFile file, string text)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var parts = FrontMatter.Split(text, file.RelativePath, diagnostics);
        if (parts is null)
        {
            return null;
        }

        var map = YamlDocument.ParseMapping(parts.Yaml, file.RelativePath, parts.YamlFirstLine, diagnostics);
        if (map is null)
        {
            return null;
        }

        var where = new Wording($"trong thư mục {file.Section.FolderName()}/", $"in {file.Section.FolderName()}/");
        map.RejectUnknownKeys(file.Section.AllowedKeys(), where);

        var title = map.Text("title", required: true);
        var status = ReadStatus(map);
        var department = ReadDepartment(map);
        var topics = ReadTopics(map);
        var window = ReadWindow(map);
        var slug = ReadSlug(map, file, map.Text("translation_key"));
        var law = file.Section == ContentSection.Laws ? ReadLaw(map, file) : null;
        var eventDetails = file.Section == ContentSection.Events ? EventReader.Read(map) : null;
        // Lists and feeds order items by date: a law by its signing, an event by its announcement (its approval), never
        // by a day still to come, which would put it at the top of the feeds before it happened.
        var approvedOn = map.Date("approved_on");
        var date = map.Date("date") ?? law?.IssuedOn ?? (eventDetails is null ? null : approvedOn ?? eventDetails.FirstDay);
        var approvedBy = map.Text("approved_by");
        var summary = map.Text("summary");
        var translationKey = map.Text("translation_key");
        var weight = file.Section == ContentSection.Slogans ? map.Integer("weight") ?? 0 : 0;
        var image = map.Text("image");
        var imageAlt = map.Text("image_alt");
        if (image is not null && imageAlt is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("image"),
                new Wording(
                    "ảnh đại diện chưa có lời mô tả thay thế; hãy thêm 'image_alt:' với một câu nói ảnh thể hiện điều gì",
                    "the lead image has no text alternative; add 'image_alt:' with a sentence saying what the image shows"));
        }

        if (status == ItemStatus.Approved && approvedBy is null)
        {
            diagnostics.Warning(DiagnosticCodes.ApprovalMissing, map.KeyLocation("status"),
                new Wording(
                    "bài đã được duyệt nhưng chưa ghi ai duyệt; hãy thêm 'approved_by:' và 'approved_on:'",
                    "the item is approved but does not say by whom; add 'approved_by:' and 'approved_on:'"));
        }

        if (diagnostics.ErrorCount > errorsBefore || title is null || status is null || slug is null
            || (file.Section == ContentSection.Events && eventDetails is null))
        {
            return null;
        }

        return new ContentItem
        {
            SourcePath = file.RelativePath,
            Section = file.Section,
            Language = file.Language,
            TranslationKey = file.Section.FolderName() + ":" + (translationKey ?? file.Stem),
            Title = title,
            Date = date,
            Status = status.Value,
            ApprovedBy = approvedBy,
            ApprovedOn = approvedOn,
            DepartmentId = department,
            TopicIds = topics,
            Summary = summary,
            Window = window,
            Slug = slug,
            UrlPath = ContentUrls.Item(config, file.Language, file.Section, slug),
            Body = parts.Body,
            BodyLine = parts.BodyFirstLine,
            Law = law,
            Event = eventDetails,
            Weight = weight,
            Image = image,
            ImageAlt = imageAlt,
            ImageCredit = map.Text("credit"),
            Media = file.Section is ContentSection.Articles or ContentSection.Pages ? ItemMediaReader.Read(map, config.Languages) : ItemMedia.None,
            KeyLocations = map.Keys.ToDictionary(key => key, map.KeyLocation),
        };
    }

    private ItemStatus? ReadStatus(YamlMap map)
    {
        var text = map.Text("status", required: true);
        ItemStatus? status = text switch
        {
            "draft" => ItemStatus.Draft,
            "review" => ItemStatus.Review,
            "approved" => ItemStatus.Approved,
            _ => null,
        };
        if (text is not null && status is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownStatus, map.KeyLocation("status"),
                new Wording(
                    $"trạng thái '{text}' không hợp lệ; hãy dùng draft (nháp), review (chờ duyệt) hoặc approved (đã duyệt)",
                    $"unknown status '{text}'; use draft, review or approved"));
        }

        return status;
    }

    private string? ReadDepartment(YamlMap map)
    {
        var id = map.Text("department");
        if (id is not null && config.FindDepartment(id) is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownDepartment, map.KeyLocation("department"),
                new Wording(
                    $"không có đơn vị '{id}'; hãy dùng một trong các mã ghi dưới 'departments' trong site.yml{Suggest(id, config.Departments.Select(d => d.Id)).Vietnamese}",
                    $"unknown department '{id}'; use one of the ids under 'departments' in site.yml{Suggest(id, config.Departments.Select(d => d.Id)).English}"));
            return null;
        }

        return id;
    }

    private List<string> ReadTopics(YamlMap map)
    {
        var topics = new List<string>();
        foreach (var (id, at) in map.TextList("topics") ?? [])
        {
            if (config.FindTopic(id) is null)
            {
                diagnostics.Error(DiagnosticCodes.UnknownTopic, at,
                    new Wording(
                        $"không có chủ đề '{id}'; hãy dùng một trong các mã ghi dưới 'topics' trong site.yml{Suggest(id, config.Topics.Select(t => t.Id)).Vietnamese}",
                        $"unknown topic '{id}'; use one of the ids under 'topics' in site.yml{Suggest(id, config.Topics.Select(t => t.Id)).English}"));
            }
            else if (!topics.Contains(id))
            {
                topics.Add(id);
            }
        }

        return topics;
    }

    private PublicationWindow ReadWindow(YamlMap map)
    {
        var window = new PublicationWindow(map.Date("publish_from"), map.Date("publish_until"));
        if (window.From > window.Until)
        {
            diagnostics.Error(DiagnosticCodes.EmptyPublishWindow, map.KeyLocation("publish_until"),
                new Wording(
                    $"'publish_until' ({window.Until:yyyy-MM-dd}) đứng trước 'publish_from' ({window.From:yyyy-MM-dd}), nên bài sẽ không bao giờ được đăng",
                    $"'publish_until' ({window.Until:yyyy-MM-dd}) is before 'publish_from' ({window.From:yyyy-MM-dd}), so the item would never be published"));
        }

        return window;
    }

    /// <summary>
    /// The item's slug: <c>slug:</c>, else made from the file name, else, for a file named in a script without Latin
    /// letters (<c>세계인권.ko.md</c>), from its <c>translation_key</c>, the name of the item it translates. A web
    /// address is never empty nor percent-encoded.
    /// </summary>
    private string? ReadSlug(YamlMap map, ContentFile file, string? translationKey)
    {
        var given = map.Text("slug");
        if (given is null)
        {
            var derived = Writing.Slug.From(file.Name);
            if (derived.Length == 0 && translationKey is not null)
            {
                derived = Writing.Slug.From(translationKey[(translationKey.LastIndexOf('/') + 1)..]);
            }

            if (derived.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.InvalidSlug, SourceLocation.StartOf(file.RelativePath),
                    new Wording(
                        $"tên tệp '{file.Name}' không có chữ cái a-z hay chữ số nào để tạo địa chỉ trang; hãy thêm 'slug:' (chữ thường a-z, chữ số, dấu gạch ngang, ví dụ slug của bản tiếng Việt) hoặc đặt tên tệp như bản mà nó dịch",
                        $"the file name '{file.Name}' has no letters a-z or digits to make a web address from; add 'slug:' (lower-case a-z, digits, hyphens, such as the slug of the version it translates) or name the file like that version"));
                return null;
            }

            return derived;
        }

        if (!Writing.Slug.IsValid(given))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, map.KeyLocation("slug"),
                new Wording(
                    $"slug '{given}' chỉ được chứa chữ thường a-z không dấu, chữ số và dấu gạch ngang; ví dụ '{Writing.Slug.From(given)}'",
                    $"the slug '{given}' may only contain lower-case letters a-z, digits and hyphens; for example '{Writing.Slug.From(given)}'"));
            return null;
        }

        return given;
    }

    private LawMetadata ReadLaw(YamlMap map, ContentFile file)
    {
        var statusText = map.Text("legal_status");
        var legalStatus = LawStatusHistory.Parse(statusText);
        if (legalStatus is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownLegalStatus, map.KeyLocation("legal_status"),
                new Wording(
                    $"legal_status '{statusText}' không hợp lệ; hãy dùng in_force (còn hiệu lực), amended (đã sửa đổi) hoặc expired (hết hiệu lực)",
                    $"unknown legal_status '{statusText}'; use in_force, amended or expired"));
        }

        var sourceUrl = map.Text("source_url");
        if (sourceUrl is not null && !IsWebAddress(sourceUrl))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeyLocation("source_url"),
                new Wording(
                    $"'source_url' phải là địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http://, không phải '{sourceUrl}'",
                    $"'source_url' must be a full web address starting with https:// or http://, not '{sourceUrl}'"));
        }

        var history = LawStatusHistory.Read(map, file, legalStatus ?? LegalStatus.InForce);
        return new LawMetadata(
            map.Text("number"), map.Text("kind"), map.Text("issuer"), map.Date("issued_on"), map.Date("effective_on"),
            legalStatus ?? LegalStatus.InForce, sourceUrl, map.Text("attachment"), history.Count > 0 ? history : null);
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static Wording Suggest(string typed, IEnumerable<string> known) =>
        KeySuggestion.Closest(typed, known) is { } closest
            ? new Wording($" (có phải bạn muốn ghi '{closest}'?)", $" (did you mean '{closest}'?)")
            : new Wording(string.Empty, string.Empty);
}
