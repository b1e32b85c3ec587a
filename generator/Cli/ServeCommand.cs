using InfoSiteGen.Diagnostics;
using InfoSiteGen.Serving;

namespace InfoSiteGen.Cli;

/// <summary>
/// <c>serve</c>: previews the site on this machine while it is being edited. The site is built, served on
/// 127.0.0.1, and brought up to date after every saved change; open pages reload by themselves, and while the
/// content has errors the browser shows them.
/// </summary>
public static class ServeCommand
{
    public static readonly Wording BadPort = new(
        "--port '{0}' không phải số cổng; hãy ghi một số từ 1 đến 65535, ví dụ --port 5080",
        "--port '{0}' is not a port number; give a number from 1 to 65535, for example --port 5080");

    public static readonly Wording BadPath = new(
        "--path '{0}' không phải đường dẫn con; hãy ghi các phần gồm chữ thường, chữ số và dấu gạch ngang, ví dụ --path /nhan-quyen/",
        "--path '{0}' is not a sub-path; write parts of lower-case letters, digits and hyphens, for example --path /nhan-quyen/");

    /// <param name="fallback">The terminal language when <c>--lang</c> is not given.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var options = ParseOptions(Commands.Serve.Parse(args), workingDirectory, fallback);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, stdout);
        }
        catch (PortInUseException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(options.Language) + e.Wording.In(options.Language));
            return ExitCodes.Usage;
        }

        await using (server)
        {
            // The host turns Ctrl+C into a stop request; the server shuts down cleanly once it arrives.
            try
            {
                await Task.Delay(Timeout.Infinite, server.Stopping);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }
        }

        return ExitCodes.Success;
    }

    internal static ServeOptions ParseOptions(ParsedArguments parsed, string workingDirectory, ToolLanguage fallback = ToolLanguage.Vietnamese)
    {
        var language = TerminalLanguage.Choose(parsed, fallback);

        var port = ServeOptions.DefaultPort;
        if (parsed.Value("port") is { } portText && (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new UsageException(BadPort.Fill(portText));
        }

        var prefix = "/";
        if (parsed.Value("path") is { } pathText)
        {
            prefix = SubPath(pathText) ?? throw new UsageException(BadPath.Fill(pathText));
        }

        var content = CommonOptions.Folder(parsed, "content", "content", workingDirectory);
        var theme = CommonOptions.ThemeFolder(parsed, workingDirectory);
        if (!Directory.Exists(content))
        {
            throw new UsageException(CommonOptions.NoContent.Fill(content));
        }

        if (!Directory.Exists(theme))
        {
            throw new UsageException(CommonOptions.NoTheme.Fill(theme));
        }

        return new ServeOptions(content, theme, CommonOptions.Now(parsed), parsed.Flag("preview"), port, prefix, language);
    }

    /// <summary><c>nhan-quyen</c>, <c>/nhan-quyen</c> and <c>/nhan-quyen/</c> all become <c>/nhan-quyen/</c>; null when it is not a plain path.</summary>
    internal static string? SubPath(string text)
    {
        var parts = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var plain = parts.All(part => part is not ("." or "..") && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'));
        return plain ? "/" + string.Concat(parts.Select(part => part + "/")) : null;
    }
}
