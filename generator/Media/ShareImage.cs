namespace InfoSiteGen.Media;

/// <summary>
/// The picture social networks (Facebook, Zalo) show for a shared page: 1200 × 630 pixels, either a cut of the
/// page's lead picture or a card drawn from its title (see <see cref="ShareCards"/>).
/// </summary>
/// <param name="OutputPath">Where it is written, relative to the output folder.</param>
/// <param name="Alt">What it shows, for <c>og:image:alt</c>.</param>
/// <param name="Card">The card to draw, when the page has no lead picture.</param>
/// <param name="Picture">The lead picture whose crop it is, otherwise.</param>
public sealed record ShareImage(string OutputPath, string Alt, ShareCard? Card = null, PublishedImage? Picture = null)
{
    public const int Width = 1200;
    public const int Height = 630;
}

/// <summary>The text of a drawn card: the page title over the site title, in the page's language.</summary>
public sealed record ShareCard(string Title, string SiteTitle, string Language)
{
    /// <summary>Cards are named by what they show, so two pages with the same title share one file.</summary>
    public string OutputPath => $"media/share/{Key}.jpg";

    public string Key => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes($"{ShareCards.Version}\n{Language}\n{Title}\n{SiteTitle}")))[..16];
}
