namespace InfoSiteGen.Pages;

/// <summary>
/// Splits a list into pages of the configured size: the first page at the list's own path, the others
/// at <c>page/2/</c>, <c>page/3/</c>… below it. An empty list still has its first page.
/// </summary>
public static class Paginator
{
    public static IEnumerable<(IReadOnlyList<T> Items, Pagination Pagination, string UrlPath)> Paginate<T>(
        IReadOnlyList<T> items, string basePath, int pageSize)
    {
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var urls = Enumerable.Range(1, count).Select(n => PathOf(basePath, n)).ToList();
        for (var n = 1; n <= count; n++)
        {
            var chunk = items.Skip((n - 1) * pageSize).Take(pageSize).ToList();
            yield return (chunk, count == 1 ? Pagination.Single : new Pagination(n, urls), urls[n - 1]);
        }
    }

    public static string PathOf(string basePath, int number) => number == 1 ? basePath : $"{basePath}page/{number}/";
}
