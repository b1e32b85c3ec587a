using System.Text;
using InfoSiteGen.Diagnostics;
using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Cli;

/// <summary>
/// <c>fix-encoding</c>: converts files written in TCVN3 (ABC) or VNI — as raw bytes, or read as
/// Windows-1252 and saved again as UTF-8 — to UTF-8 in place, after keeping the original as <c>FILE.bak</c>.
/// It refuses rather than guesses: a file with no legacy text, or with evidence for both encodings, is left alone.
/// </summary>
public static class FixEncodingCommand
{
    /// <param name="fallback">The terminal language when <c>--lang</c> is not given.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var (files, parsed) = Commands.FixEncoding.ParseWithWords(args);
        var language = TerminalLanguage.Choose(parsed, fallback);
        LegacyEncoding? from = parsed.Value("from") switch
        {
            null => null,
            "tcvn3" => LegacyEncoding.Tcvn3,
            "vni" => LegacyEncoding.Vni,
            var other => throw new UsageException(new Wording(
                $"--from '{other}' không phải là tcvn3 hay vni", $"--from '{other}' is not tcvn3 or vni")),
        };
        if (files.Count == 0)
        {
            throw new UsageException(new Wording("hãy cho biết tệp cần chuyển mã", "name the file or files to convert"));
        }

        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            var (ok, message) = Fix(file, Locate(file, workingDirectory), from);
            if (ok)
            {
                await stdout.WriteLineAsync(message.In(language));
            }
            else
            {
                await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + message.In(language));
                exit = ExitCodes.ContentErrors;
            }
        }

        return exit;
    }

    private static (bool Ok, Wording Message) Fix(string shown, string full, LegacyEncoding? from)
    {
        if (!File.Exists(full))
        {
            return (false, new Wording($"không có tệp {shown}", $"{shown} does not exist"));
        }

        var backup = full + ".bak";
        if (File.Exists(backup))
        {
            return (false, new Wording(
                $"{shown}.bak đã có, nên {shown} không được đổi; hãy xoá hoặc đổi tên tệp .bak cũ rồi chạy lại",
                $"{shown}.bak already exists, so {shown} was not changed; delete or rename the old .bak and run again"));
        }

        var bytes = File.ReadAllBytes(full);
        var detection = MojibakeDetector.Detect(LegacyConverter.TryUtf8(bytes) ?? Windows1252.GetString(bytes));
        if (from is null && detection.Ambiguous)
        {
            return (false, new Wording(
                $"{shown}: không rõ chữ trong tệp là TCVN3 (ABC) hay VNI, nên tệp không được đổi; hãy chạy lại với --from tcvn3 hoặc --from vni",
                $"{shown}: cannot tell whether the text is TCVN3 (ABC) or VNI, so the file was not changed; run again with --from tcvn3 or --from vni"));
        }

        var encoding = from ?? detection.Likely?.Encoding;
        var conversion = encoding is { } e ? LegacyConverter.Convert(bytes, e) : null;
        if (encoding is null || conversion is null || conversion.LinesChanged == 0)
        {
            return (false, new Wording(
                $"{shown}: không thấy chữ mã TCVN3 (ABC) hay VNI nào (hoặc quá ít để chắc chắn), nên tệp không được đổi",
                $"{shown}: no TCVN3 (ABC) or VNI text found (or too little to be sure), so the file was not changed"));
        }

        // The copy is written first and never over an existing file: if anything fails after this, the original is safe.
        using (var copy = new FileStream(backup, FileMode.CreateNew, FileAccess.Write))
        {
            copy.Write(bytes);
        }

        File.WriteAllText(full, conversion.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var name = encoding.Value.DisplayName();
        return (true, new Wording(
            $"đã chuyển {shown} từ {name} sang UTF-8: đổi {conversion.CharactersChanged} ký tự trên {conversion.LinesChanged} dòng (dòng đầu tiên: {conversion.FirstLineChanged}); bản gốc ở {shown}.bak",
            $"converted {shown} from {name} to UTF-8: {conversion.CharactersChanged} characters changed on {conversion.LinesChanged} lines (first: line {conversion.FirstLineChanged}); the original is in {shown}.bak"));
    }

    /// <summary>
    /// The file relative to the working folder or, failing that, to the repository's content folder: build
    /// and check name files relative to the content folder, and their hint can then be run as shown.
    /// </summary>
    private static string Locate(string file, string workingDirectory)
    {
        var full = Path.GetFullPath(Path.Combine(workingDirectory, file));
        var inContent = Path.GetFullPath(Path.Combine(RepositoryPaths.Root(workingDirectory), "content", file));
        return File.Exists(full) || !File.Exists(inContent) ? full : inContent;
    }
}
