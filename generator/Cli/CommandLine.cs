namespace InfoSiteGen.Cli;

/// <summary>Exit codes: 0 success, 1 the content has errors, 2 the command line is wrong.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}

/// <summary>Chooses the command named by the first argument.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: dotnet run --project generator -- <command> [options]

        commands:
          build   build the site into the output folder
                  [--content DIR] [--theme DIR] [--output DIR] [--now YYYY-MM-DD] [--preview]
                  [--base-url URL] [--zip FILE]
          serve   preview the site on this machine while editing: pages reload by themselves after each save
                  [--port N] [--content DIR] [--theme DIR] [--now YYYY-MM-DD] [--preview] [--path /SUB/]
                  [--lang vi|en]
          report  what each department has supplied, for the steering committee (not published)
                  [--content DIR] [--now YYYY-MM-DD] [--format md|csv|html] [--lang vi|en] [--output FILE]
          new     write a new content file with every key explained, or the other language's file of an item
                  article|law|slogan|page "Tiêu đề" [--lang vi|en] [--department ID] | --translate PATH
          check   check everything a build would, write nothing, list items without translation
                  [--content DIR] [--theme DIR] [--now YYYY-MM-DD] [--preview] [--strict]
          fix-encoding  convert files typed in TCVN3 (ABC) or VNI to UTF-8, keeping the original as FILE.bak
                  FILE... [--from tcvn3|vni] [--lang vi|en]
          help    show this text
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "build" => await BuildCommand.RunAsync(args[1..], stdout, stderr, workingDirectory),
                "serve" => await ServeCommand.RunAsync(args[1..], stdout, stderr, workingDirectory),
                "report" => await ReportCommand.RunAsync(args[1..], stdout, stderr, workingDirectory),
                "new" => await NewCommand.RunAsync(args[1..], stdout, stderr, workingDirectory),
                "check" => await CheckCommand.RunAsync(args[1..], stdout, stderr, workingDirectory),
                "fix-encoding" => await FixEncodingCommand.RunAsync(args[1..], stdout, stderr, workingDirectory),
                "help" or "--help" or "-h" => Help(stdout),
                null => throw new UsageException("no command given"),
                var other => throw new UsageException($"unknown command '{other}'"),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            await stderr.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }
        catch (Publishing.OutputRefusedException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Text.GlobalizationUnavailableException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return ExitCodes.Success;
    }
}
