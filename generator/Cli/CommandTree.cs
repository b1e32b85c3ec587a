using System.CommandLine;
using System.CommandLine.Help;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>
/// The commands of <see cref="Commands"/> as a System.CommandLine tree in one language, which recognises
/// <c>--help</c> on every command, <c>--version</c>, and the <c>[suggest]</c> directive that shell completion
/// calls; and their help. Reading the options stays with each command (<see cref="CommandSpec.Parse"/>), whose
/// messages say in the editor's language what is wrong and how to write it.
/// </summary>
public static class CommandTree
{
    /// <summary>Help is wrapped to this many characters, whatever writes it (a terminal, a file, a test).</summary>
    private const int HelpWidth = 110;

    public static readonly Wording ToolSummary = new(
        "InfoSiteGen dựng trang thông tin tĩnh song ngữ (tiếng Việt, tiếng Anh) từ các tệp Markdown của thư mục nội dung.",
        "InfoSiteGen builds a static bilingual information site (Vietnamese, English) from the Markdown files of a content folder.");

    private static readonly Wording HelpDescription = new("hiện hướng dẫn của lệnh", "show the command's help");

    private static readonly Wording VersionDescription = new("hiện phiên bản của công cụ", "show the tool's version");

    private static readonly Wording LanguageNote = new(
        "Thông báo được viết bằng tiếng Việt; dùng --lang en, hoặc biến môi trường " + TerminalLanguage.Variable + "=en, để xem bằng tiếng Anh.\n" +
        "Hướng dẫn của từng lệnh: " + Commands.ToolName + " LỆNH --help. Mã thoát: 0 thành công, 1 nội dung có lỗi, 2 dòng lệnh viết sai.",
        "Messages are in Vietnamese; --lang en, or the environment variable " + TerminalLanguage.Variable + "=en, gives English.\n" +
        "Each command's help: " + Commands.ToolName + " COMMAND --help. Exit codes: 0 success, 1 the content has errors, 2 a mistake on the command line.");

    public static RootCommand Build(ToolLanguage language)
    {
        var root = new RootCommand(ToolSummary.In(language));
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => HelpDescription.In(language),
                VersionOption => VersionDescription.In(language),
                _ => option.Description,
            };
            if (option is HelpOption)
            {
                // Windows spellings, which completion would otherwise offer beside every command's words.
                option.Aliases.Remove("/?");
                option.Aliases.Remove("/h");
                option.Aliases.Remove("-?");
            }
        }

        foreach (var spec in Commands.All)
        {
            root.Subcommands.Add(CommandFor(spec, language));
        }

        return root;
    }

    /// <summary>
    /// The help of the tool (<paramref name="command"/> null) or of one command, in <paramref name="language"/>.
    /// Written here rather than by System.CommandLine, whose help speaks only the languages it ships.
    /// </summary>
    public static void WriteHelp(CommandSpec? command, TextWriter output, ToolLanguage language)
    {
        var english = language == ToolLanguage.English;
        var blocks = new List<string> { Paragraphs((command?.Summary ?? ToolSummary).In(language)) };
        var usage = command is null
            ? $"{Commands.ToolName} {(english ? "COMMAND [options]" : "LỆNH [tùy chọn]")}"
            : string.Join(' ', new[] { Commands.ToolName, command.Name }
                .Concat(command.Arguments.Select(a => a.Many ? a.Name.In(language) + "…" : "[" + a.Name.In(language) + "]"))
                .Append(english ? "[options]" : "[tùy chọn]"));
        blocks.Add((english ? "Usage:" : "Cách dùng:") + "\n  " + usage);
        if (command is null)
        {
            blocks.Add(Table(english ? "Commands:" : "Các lệnh:", Commands.All.Select(c => (c.Name, c.Summary.In(language)))));
            blocks.Add(Table(english ? "Options:" : "Tùy chọn:",
                [("-h, --help", HelpDescription.In(language)), ("--version", VersionDescription.In(language))]));
            blocks.Add(Paragraphs(LanguageNote.In(language)));
        }
        else
        {
            if (command.Arguments.Count > 0)
            {
                blocks.Add(Table(english ? "Arguments:" : "Đối số:", command.Arguments.Select(a => (a.Name.In(language), a.Description.In(language)))));
            }

            blocks.Add(Table(english ? "Options:" : "Tùy chọn:", command.Options
                .Select(o => ("--" + o.Name + (o.IsFlag ? string.Empty : " " + o.ValueName!.In(language)), o.Description.In(language)))
                .Append(("-h, --help", HelpDescription.In(language)))));
            if (command.Details is { } details)
            {
                blocks.Add(details.In(language).TrimEnd());
            }
        }

        output.Write(string.Join("\n\n", blocks).ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>Each line of <paramref name="text"/> wrapped to the help's width.</summary>
    private static string Paragraphs(string text) =>
        string.Join('\n', text.Split('\n').Select(line => string.Join('\n', Wrap(line, HelpWidth))));

    /// <summary>A heading, then one row per entry: the name, and its description wrapped in a column beside it.</summary>
    private static string Table(string heading, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        var nameWidth = Math.Min(list.Max(r => r.Name.Length), 28) + 4;
        var text = new System.Text.StringBuilder(heading);
        foreach (var (name, description) in list)
        {
            text.Append("\n  ").Append(name);
            var column = name.Length + 2 < nameWidth ? name.Length + 2 : 0;
            if (column == 0)
            {
                text.Append('\n');
            }

            foreach (var line in Wrap(description, HelpWidth - nameWidth))
            {
                text.Append(' ', nameWidth - column).Append(line).Append('\n');
                column = 0;
            }

            text.Length--;
        }

        return text.ToString();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        yield return line.ToString();
    }

    private static Command CommandFor(CommandSpec spec, ToolLanguage language)
    {
        var command = new Command(spec.Name, spec.Summary.In(language));
        foreach (var argumentSpec in spec.Arguments)
        {
            Argument argument = argumentSpec.Many
                ? new Argument<string[]>(argumentSpec.Name.In(language)) { Arity = ArgumentArity.ZeroOrMore }
                : new Argument<string>(argumentSpec.Name.In(language)) { Arity = ArgumentArity.ZeroOrOne };
            argument.Description = argumentSpec.Description.In(language);
            argument.CompletionSources.Add(spec == Commands.Help
                ? Commands.All.Select(c => c.Name).ToArray()
                : argumentSpec.Values.ToArray());
            command.Arguments.Add(argument);
        }

        foreach (var optionSpec in spec.Options)
        {
            Option option = optionSpec.IsFlag
                ? new Option<bool>("--" + optionSpec.Name)
                : new Option<string>("--" + optionSpec.Name) { HelpName = optionSpec.ValueName!.In(language) };
            option.Description = optionSpec.Description.In(language);
            if (optionSpec.Values.Count > 0)
            {
                option.CompletionSources.Add(optionSpec.Values.ToArray());
            }

            command.Options.Add(option);
        }

        return command;
    }
}
