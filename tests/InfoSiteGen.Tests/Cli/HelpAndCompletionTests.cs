using System.Reflection;
using InfoSiteGen.Cli;
using InfoSiteGen.Tests.Support;

namespace InfoSiteGen.Tests.Cli;

/// <summary>Help on every command in both languages, the version, and shell completion.</summary>
public class HelpAndCompletionTests
{
    private static readonly Dictionary<string, string> English = new() { ["INFOSITEGEN_LANG"] = "en" };

    private static async Task<(int Exit, string Out, string Err)> Run(Dictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, stdout, stderr, Path.GetTempPath(), name => environment?.GetValueOrDefault(name));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string> CommandNames() => new(Commands.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Every_command_explains_itself_and_each_of_its_options_in_both_languages(string name)
    {
        var command = Commands.Named(name)!;

        var (exit, vietnamese, errors) = await Run(null, name, "--help");
        var (englishExit, english, _) = await Run(English, name, "-h");
        var (_, throughHelp, _) = await Run(null, "help", name);

        Assert.Equal((0, 0, string.Empty), (exit, englishExit, errors));
        Assert.StartsWith(command.Summary.Vietnamese + "\n\nCách dùng:\n  infositegen " + name, vietnamese, StringComparison.Ordinal);
        Assert.StartsWith(command.Summary.English + "\n\nUsage:\n  infositegen " + name, english, StringComparison.Ordinal);
        Assert.Equal(vietnamese, throughHelp);
        // Descriptions are wrapped into a column: compared with the help's words run together.
        static string Words(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var option in command.Options)
        {
            var label = "\n  --" + option.Name + (option.IsFlag ? " " : " " + option.ValueName!.Vietnamese + " ");
            Assert.Contains(label, vietnamese, StringComparison.Ordinal);
            Assert.Contains(Words(option.Description.Vietnamese), Words(vietnamese), StringComparison.Ordinal);
            Assert.Contains(Words(option.Description.English), Words(english), StringComparison.Ordinal);
        }

        foreach (var argument in command.Arguments)
        {
            Assert.Contains("\n  " + argument.Name.Vietnamese + " ", vietnamese, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_wraps_long_descriptions_beside_the_options_without_cutting_words()
    {
        var (_, help, _) = await Run(English, "report", "--help");
        var lines = help.Split('\n');

        Assert.All(lines, line => Assert.True(line.Length <= 110, $"too long: {line}"));
        var format = Array.FindIndex(lines, line => line.StartsWith("  --format md|csv|html", StringComparison.Ordinal));
        Assert.StartsWith("  --format md|csv|html  md (default): a Markdown document", lines[format], StringComparison.Ordinal);
        Assert.StartsWith(new string(' ', 24) + "language (UTF-8", lines[format + 1], StringComparison.Ordinal);
        Assert.Contains("\"(no department)\"", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_option_of_another_command_is_refused_by_name_with_the_options_that_exist()
    {
        var (exit, _, stderr) = await Run(English, "report", "--theme", "x");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: unknown option '--theme'; the options are --content, --now, --format, --lang, --output\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_and_the_version_answer_even_under_a_wrong_INFOSITEGEN_LANG_which_a_right_lang_overrides()
    {
        var wrong = new Dictionary<string, string> { ["INFOSITEGEN_LANG"] = "fr" };

        var (versionExit, _, _) = await Run(wrong, "--version");
        var (helpExit, help, _) = await Run(wrong, "help", "--lang", "en", "report");
        var (refusedExit, _, refused) = await Run(wrong, "fix-encoding", "a.md");
        var (overriddenExit, _, overridden) = await Run(wrong, "fix-encoding", "--lang", "en");

        Assert.Equal((0, 0), (versionExit, helpExit));
        Assert.StartsWith(Commands.Report.Summary.English, help, StringComparison.Ordinal);
        Assert.Equal(2, refusedExit);
        Assert.StartsWith("lỗi: biến môi trường INFOSITEGEN_LANG có giá trị 'fr'", refused, StringComparison.Ordinal);
        Assert.Equal(2, overriddenExit);
        Assert.StartsWith("error: name the file or files to convert\n", overridden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_is_the_generators_own()
    {
        var expected = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var (exit, stdout, _) = await Run(null, "--version");

        Assert.Equal(0, exit);
        Assert.Equal(expected, stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", expected);
    }

    [Theory]
    [InlineData("bu", "build")]
    [InlineData("build --pr", "--preview")]
    [InlineData("report --format ", "csv html md")]
    [InlineData("new ", "article event law page slogan")]
    [InlineData("serve --lang ", "en vi")]
    [InlineData("fix-encoding a.md --from ", "tcvn3 vni")]
    [InlineData("help re", "report")]
    public async Task The_suggest_directive_offers_commands_options_and_values(string line, string expected)
    {
        var (exit, stdout, _) = await Run(null, $"[suggest:{line.Length}]", line);

        Assert.Equal(0, exit);
        var offered = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expected.Split(' '), offered.Where(o => !o.StartsWith('-') || expected.StartsWith('-')).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(offered, o => o.StartsWith('/'));
    }

    [Fact]
    public async Task Completion_bash_prints_a_script_bash_accepts()
    {
        var (exit, script, _) = await Run(null, "completion", "bash");
        var (wrongExit, _, wrong) = await Run(English, "completion", "zsh");

        Assert.Equal(0, exit);
        Assert.Equal(ShellCompletion.Bash, script);
        Assert.Equal(2, wrongExit);
        Assert.StartsWith("error: name the shell: infositegen completion bash", wrong, StringComparison.Ordinal);
        var (syntaxExit, output) = await Bash("-n", "-c", script);
        Assert.True(syntaxExit == 0, output);
    }

    [Fact]
    public async Task Bash_completes_through_the_script_and_the_tool()
    {
        // The tool as an installed command would be: a program named infositegen on the PATH.
        var folder = Directory.CreateTempSubdirectory("isg-completion-").FullName;
        try
        {
            var tool = Path.Combine(folder, "infositegen");
            await File.WriteAllTextAsync(tool, $"#!/bin/sh\nexec dotnet \"{typeof(CommandLine).Assembly.Location}\" \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            var script = Path.Combine(folder, "completion.bash");
            await File.WriteAllTextAsync(script, ShellCompletion.Bash);

            var (exit, output) = await Bash("-c", $$"""
                PATH="{{folder}}:$PATH"
                source "{{script}}"
                cd "{{folder}}"
                COMP_LINE="infositegen check --st"; COMP_POINT=${#COMP_LINE}
                COMP_WORDS=(infositegen check --st); COMP_CWORD=2
                _infositegen_complete
                echo "${COMPREPLY[*]}"
                COMP_LINE="LANG=C infositegen report --format "; COMP_POINT=${#COMP_LINE}
                COMP_WORDS=(LANG=C infositegen report --format ""); COMP_CWORD=4
                _infositegen_complete
                echo "${COMPREPLY[*]}"
                COMP_LINE="infositegen fix-encoding com"; COMP_POINT=${#COMP_LINE}
                COMP_WORDS=(infositegen fix-encoding com); COMP_CWORD=2
                _infositegen_complete
                echo "${#COMPREPLY[@]}"
                """);

            Assert.True(exit == 0, output);
            // An option; the values of an option (after a variable set for the command); and a word that is no
            // option, which the tool leaves to bash's file names (completion.bash is in the folder).
            Assert.Equal(["--strict", "csv html md", "0"], output.Trim().Split('\n'));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> Bash(params string[] args)
    {
        var (exit, output, errors) = await ChildProcess.RunAsync("bash", args);
        return (exit, output + errors);
    }
}
