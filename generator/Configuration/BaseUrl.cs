namespace InfoSiteGen.Configuration;

/// <summary>The public address the site is deployed under, used only where absolute URLs are required.</summary>
public static class BaseUrl
{
    /// <summary>Accepts absolute http(s) addresses and makes sure the path ends with '/'.</summary>
    public static bool TryParse(string text, out Uri? uri)
    {
        uri = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        uri = parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed + "/");
        return true;
    }
}
