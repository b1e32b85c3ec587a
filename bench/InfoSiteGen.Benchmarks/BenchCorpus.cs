using System.ComponentModel;
using System.Diagnostics;
using InfoSiteGen.Cli;

namespace InfoSiteGen.Benchmarks;

/// <summary>
/// The content folder every benchmark reads: the folder named by <c>INFOSITEGEN_BENCH_CORPUS</c>, or else a
/// bilingual corpus made by <c>gen_corpus.py</c> (the one <c>bench/run.sh</c> uses, so the micro figures and the
/// whole-build figures describe the same kind of content). The script is deterministic, so a generated corpus
/// is kept in the temporary folder and shared by every benchmark process of a run instead of being made again.
/// </summary>
public static class BenchCorpus
{
    public const string FolderVariable = "INFOSITEGEN_BENCH_CORPUS";
    public const string ScriptVariable = "GEN_CORPUS";
    public const string PagesVariable = "INFOSITEGEN_BENCH_PAGES";
    public const int DefaultPages = 200;

    private static readonly Lazy<string> Folder = new(Locate);

    /// <summary>The checkout the benchmarks were built in: its theme is the one rendered.</summary>
    public static string Repository { get; } = FindRepository();

    public static string ThemeDirectory => Path.Combine(Repository, "theme");

    /// <summary>The content folder (with <c>site.yml</c>), made on first use.</summary>
    public static string ContentDirectory => Folder.Value;

    private static string FindRepository()
    {
        var root = RepositoryPaths.Root(AppContext.BaseDirectory);
        if (!File.Exists(Path.Combine(root, RepositoryPaths.SolutionFile)))
        {
            throw new InvalidOperationException(
                $"cannot find the repository ({RepositoryPaths.SolutionFile}) above {AppContext.BaseDirectory}; run the benchmarks from the checkout they were built in");
        }

        return root;
    }

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } given)
        {
            var folder = Path.GetFullPath(given);
            if (!File.Exists(Path.Combine(folder, "site.yml")))
            {
                throw new InvalidOperationException($"{FolderVariable}={given}: no site.yml there; name a content folder");
            }

            return folder;
        }

        var pages = Environment.GetEnvironmentVariable(PagesVariable) is { Length: > 0 } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : DefaultPages;
        var target = Path.Combine(Path.GetTempPath(), "infositegen-bench", $"corpus-{pages}");
        if (!File.Exists(Path.Combine(target, "site.yml")))
        {
            Generate(pages, target);
        }

        return target;
    }

    private static void Generate(int pages, string target)
    {
        // A relative path is taken from the repository root, as bench/run.sh takes it.
        var script = Path.GetFullPath(Environment.GetEnvironmentVariable(ScriptVariable) is { Length: > 0 } named ? named : "../shared/bench/gen_corpus.py", Repository);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"the corpus generator {script} does not exist; set {ScriptVariable} to gen_corpus.py, or {FolderVariable} to a content folder");
        }

        // Written beside the target and moved into place, so a run stopped halfway never leaves a corpus that looks complete.
        var scratch = target + ".tmp-" + Environment.ProcessId;
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, "--pages", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", scratch, "--force" })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"python3 is needed to make the benchmark corpus with {script} ({e.Message}); install it (apt-get install python3) or set {FolderVariable} to a content folder", e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{script} failed with exit code {process.ExitCode}: {stderr.Result}");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            Directory.Move(scratch, target);
        }
        catch (IOException) when (File.Exists(Path.Combine(target, "site.yml")))
        {
            // Another benchmark process made the same corpus first; the bytes are the same.
            Directory.Delete(scratch, recursive: true);
        }
    }
}
