using System.Text;

namespace InfoSiteGen.Writing;

/// <summary>URL slugs: <c>Đường Nguyễn Huệ</c> → <c>duong-nguyen-hue</c>.</summary>
public static class Slug
{
    /// <summary>Folds the text and keeps runs of ASCII letters and digits joined by single hyphens.</summary>
    public static string From(string text)
    {
        var folded = VietnameseFold.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the text is already a slug: lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static bool IsValid(string text) => text.Length > 0 && From(text) == text;
}
