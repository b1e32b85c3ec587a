using InfoSiteGen.Configuration;
using InfoSiteGen.Media;

namespace InfoSiteGen.Pages;

/// <summary>
/// The share image of every page (<c>og:image</c>): the cut of its lead picture, or a card drawn with its title
/// (the home page's card shows the site title alone). The pages' templates and the build ask the same question
/// here, so the template links exactly the files the build makes.
/// </summary>
public static class ShareImages
{
    public static ShareImage For(SitePage page, SiteConfig config)
    {
        if (page is ItemPage { Image: { } lead })
        {
            var alt = lead.Alt.Length > 0 ? lead.Alt : page.Title;
            return new ShareImage(lead.Image.ShareCrop.OutputPath, alt, Picture: lead.Image);
        }

        var siteTitle = config.Title.In(page.Language);
        var card = page is HomePage || page.Title == siteTitle || !config.Images.CardPerPage
            ? new ShareCard(siteTitle, "", page.Language)
            : new ShareCard(page.Title, siteTitle, page.Language);
        return new ShareImage(card.OutputPath, card.SiteTitle.Length == 0 ? card.Title : card.Title + " – " + card.SiteTitle, Card: card);
    }

    /// <summary>What the build must make for the share images of <paramref name="pages"/>: the keys of the pictures to cut, and the cards to draw.</summary>
    public static (IReadOnlySet<string> Crops, IReadOnlyList<ShareCard> Cards) Needed(IEnumerable<SitePage> pages, SiteConfig config)
    {
        var crops = new HashSet<string>(StringComparer.Ordinal);
        var cards = new Dictionary<string, ShareCard>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var share = For(page, config);
            if (share.Picture is not null)
            {
                crops.Add(share.Picture.Key);
            }

            if (share.Card is not null)
            {
                cards.TryAdd(share.Card.Key, share.Card);
            }
        }

        return (crops, cards.Values.OrderBy(c => c.Key, StringComparer.Ordinal).ToList());
    }
}
