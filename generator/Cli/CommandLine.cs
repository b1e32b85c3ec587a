using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>Exit codes: 0 success, 1 the content has errors, 2 the command line is wrong.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}

/// <summary>
/// Chooses the command named by the first argument. Help (<c>--help</c>, <c>-h</c> or <c>help COMMAND</c>),
/// <c>--version</c> and shell completion are answered by System.CommandLine over <see cref="CommandTree"/>;
/// everything else goes to the command, which reads its own options.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs with no environment variables, as the tests do.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory) =>
        RunAsync(args, stdout, stderr, workingDirectory, _ => null);

    /// <param name="environment">Reads an environment variable (<c>INFOSITEGEN_LANG</c>); null when it is not set.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment)
    {
        var language = ToolLanguage.Vietnamese;
        try
        {
            // A wrong INFOSITEGEN_LANG is refused, unless a right --lang overrides it; help, the version and shell
            // completion answer either way, in Vietnamese when nothing better is known.
            UsageException? wrongVariable = null;
            var fallback = ToolLanguage.Vietnamese;
            try
            {
                fallback = TerminalLanguage.FromEnvironment(environment);
            }
            catch (UsageException e)
            {
                wrongVariable = e;
            }

            language = TerminalLanguage.Peek(args, fallback);
            if (args.FirstOrDefault() == "--version")
            {
                // The generator's own version (System.CommandLine would print the entry assembly's, a test host's in tests).
                await stdout.WriteLineAsync(Version);
                return ExitCodes.Success;
            }

            var tree = CommandTree.Build(language);
            // Response files (@FILE) are not a thing editors write: an argument starting with @ is an argument.
            var parsed = tree.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            switch (parsed.Action)
            {
                case HelpAction:
                    CommandTree.WriteHelp(Commands.Named(parsed.CommandResult.Command.Name), stdout, language);
                    return ExitCodes.Success;
                case null or ParseErrorAction:
                    break;
                default:
                    // No command has an action of its own: what is left is the [suggest] directive of shell completion.
                    return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
            }

            if (wrongVariable is not null)
            {
                fallback = TerminalLanguage.Given(args) ?? throw wrongVariable;
            }

            return args.FirstOrDefault() switch
            {
                "build" => await BuildCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "serve" => await ServeCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "report" => await ReportCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "new" => await NewCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "import" => await ImportCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "check" => await CheckCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "deploy" => await DeployCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback, Console.IsInputRedirected ? null : AskAtTerminal, environment),
                "fix-encoding" => await FixEncodingCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "completion" => await ShellCompletion.RunAsync(args[1..], stdout),
                "help" => Help(args[1..], stdout, language),
                null => throw new UsageException(new Wording("chưa ghi lệnh nào", "no command given")),
                var other => throw UnknownCommand(other),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + e.Wording.In(language));
            await stderr.WriteLineAsync();
            // The help of the command that was mistyped, or of the tool when no command was recognised.
            CommandTree.WriteHelp(Commands.Named(args.FirstOrDefault() ?? string.Empty), stderr, language);
            return ExitCodes.Usage;
        }
        catch (Publishing.OutputRefusedException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + e.Wording.In(language));
            return ExitCodes.Usage;
        }
        catch (Writing.GlobalizationUnavailableException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + e.Wording.In(language));
            return ExitCodes.Usage;
        }
    }

    /// <summary>The version with the commit it was built from, as <c>--version</c> prints it.</summary>
    public static string Version { get; } =
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static UsageException UnknownCommand(string typed)
    {
        var names = Commands.All.Select(c => c.Name).ToList();
        var closest = Yaml.KeySuggestion.Closest(typed, names);
        return new UsageException(closest is null
            ? new Wording(
                $"không có lệnh '{typed}'; các lệnh là {string.Join(", ", names)}",
                $"unknown command '{typed}'; the commands are {string.Join(", ", names)}")
            : new Wording(
                $"không có lệnh '{typed}'; có phải bạn muốn ghi '{closest}'?",
                $"unknown command '{typed}'; did you mean '{closest}'?"));
    }

    /// <summary><c>help</c> alone: the tool's help; <c>help COMMAND</c>: that command's.</summary>
    /// <summary>Asks the person at the terminal; only yes (c, có, y, yes) goes on.</summary>
    private static bool AskAtTerminal(string question)
    {
        Console.Out.Write(question + " ");
        var reply = Console.ReadLine()?.Trim().ToLowerInvariant();
        return reply is "c" or "có" or "co" or "y" or "yes";
    }

    private static int Help(string[] args, TextWriter stdout, ToolLanguage language)
    {
        var (words, _) = Commands.Help.ParseWithWords(args);
        var command = words.Count == 0 ? null : Commands.Named(words[0]) ?? throw UnknownCommand(words[0]);
        CommandTree.WriteHelp(command, stdout, language);
        return ExitCodes.Success;
    }
}
