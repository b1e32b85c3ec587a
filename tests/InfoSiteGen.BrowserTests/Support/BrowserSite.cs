using Microsoft.Playwright;

namespace InfoSiteGen.BrowserTests.Support;

/// <summary>
/// What every browser test shares, set up once per test run: the test site built twice (the published
/// build, and a preview build with the draft), nginx serving both on 127.0.0.1 — the published build at
/// <c>/nhan-quyen/</c> as on the provincial portal, the preview at <c>/xem-truoc/</c> — and Chromium.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string SitePath = "/nhan-quyen/";
    public const string PreviewPath = "/xem-truoc/";

    /// <summary>Where nginx serves <see cref="BrokenDirectory"/>, a hand-written site with one of every fault the crawl must report.</summary>
    public const string BrokenPath = "/hong/";

    /// <summary>The arguments that let Debian's Chromium run headless in a container without reaching any other host.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private NginxServer? _server;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Task> _jobs = new();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "isg-browser-" + Guid.NewGuid().ToString("N"));

    public string ContentDirectory => Path.Combine(Root, "content");

    public string OutputDirectory => Path.Combine(Root, "output");

    public string PreviewOutputDirectory => Path.Combine(Root, "preview");

    public string BrokenDirectory => Path.Combine(Root, "broken");

    public NginxServer Server => _server ?? throw new InvalidOperationException("the site is not served yet");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started yet");

    /// <summary>Where the layout tests keep their screenshots: emptied at the start of each run, ignored by git.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(Repository.TestResults, "screenshots");

    public Uri BaseUrl => new($"http://127.0.0.1:{Server.Port}{SitePath}");

    public Uri PreviewBaseUrl => new($"http://127.0.0.1:{Server.Port}{PreviewPath}");

    public Uri BrokenBaseUrl => new($"http://127.0.0.1:{Server.Port}{BrokenPath}");

    public async Task InitializeAsync()
    {
        // Fail with a clear message, before any work, when the machine lacks a program.
        var chromium = Requirements.Chromium();
        Requirements.Nginx();

        if (Directory.Exists(ScreenshotFolder))
        {
            Directory.Delete(ScreenshotFolder, recursive: true);
        }

        try
        {
            // dotnet test runs the test projects side by side, and the generator's tests may be compiling the same
            // templates into the shared template cache at this moment: these tests keep a cache of their own.
            Environment.SetEnvironmentVariable("INFOSITEGEN_CACHE", Path.Combine(AppContext.BaseDirectory, "template-cache"));
            SiteContent.WriteTo(ContentDirectory);
            BrokenSite.WriteTo(BrokenDirectory);
            // The server starts first: the builds need its port, because 404.html links to the site by absolute addresses.
            _server = await NginxServer.StartAsync(Path.Combine(Root, "nginx"),
                [(SitePath, OutputDirectory), (PreviewPath, PreviewOutputDirectory), (BrokenPath, BrokenDirectory)]);
            await BuildAsync(OutputDirectory, preview: false, BaseUrl);
            await BuildAsync(PreviewOutputDirectory, preview: true, PreviewBaseUrl);

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch
        {
            // Whether or not xunit disposes a fixture whose set-up failed, nginx must not outlive the run.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        _server?.Dispose();
        _server = null;
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>The address of a page through nginx.</summary>
    public Uri Url(PageCase page) => new(page.Preview ? PreviewBaseUrl : BaseUrl, page.Path);

    /// <summary>The file of a page in its build's output folder.</summary>
    public string FileOf(PageCase page) => Path.Combine(page.Preview ? PreviewOutputDirectory : OutputDirectory, page.Path);

    /// <summary>
    /// A new browser context (its own cookies, cache and viewport) with one page open at <paramref name="page"/>,
    /// failing when the server does not answer 200. Dispose the context when done.
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page)> OpenAsync(PageCase page, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var tab = await context.NewPageAsync();
        var response = await tab.GotoAsync(Url(page).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Status: 200 }, $"{Url(page)} answered {response?.Status.ToString() ?? "nothing"}\n{Server.Log()}");
        return (context, tab);
    }

    /// <summary>
    /// The result of a long job over the whole site (a judge's run), started by the first test that asks for it
    /// and shared by the others: xunit gives a fixture no way to depend on this one.
    /// </summary>
    public Task<T> Once<T>(Func<BrowserSite, Task<T>> job) where T : class =>
        (Task<T>)_jobs.GetOrAdd(typeof(T), _ => job(this));

    private async Task BuildAsync(string output, bool preview, Uri baseUrl)
    {
        var result = await SiteBuild.RunAsync(new BuildOptions(
            ContentDirectory, Repository.Theme, output, new DateOnly(2023, 12, 10), Preview: preview, BaseUrl: baseUrl));
        Assert.True(result.Succeeded, $"the {(preview ? "preview" : "published")} build of the test site failed:\n" + string.Join("\n", result.Diagnostics));
    }
}

/// <summary>The browser tests share one built site, one nginx and one Chromium, and so run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSiteCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser site";
}
