using InfoSiteGen.Diagnostics;

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
                  [--base-url URL] [--zip FILE] [--lang vi|en]
          serve   preview the site on this machine while editing: pages reload by themselves after each save
                  [--port N] [--content DIR] [--theme DIR] [--now YYYY-MM-DD] [--preview] [--path /SUB/]
                  [--lang vi|en]
          report  what each department has supplied, for the steering committee (not published)
                  [--content DIR] [--now YYYY-MM-DD] [--format md|csv|html] [--lang vi|en] [--output FILE]
          new     write a new content file with every key explained, or the other language's file of an item
                  article|law|slogan|page "Tiêu đề" [--lang vi|en] [--department ID] | --translate PATH
          check   check everything a build would, write nothing, list items without translation
                  [--content DIR] [--theme DIR] [--now YYYY-MM-DD] [--preview] [--strict] [--lang vi|en]
          fix-encoding  convert files typed in TCVN3 (ABC) or VNI to UTF-8, keeping the original as FILE.bak
                  FILE... [--from tcvn3|vni] [--lang vi|en]
          help    show this text

        messages are in Vietnamese; --lang en, or the environment variable INFOSITEGEN_LANG=en, gives English.
        report: --lang is also the language of the report; new: --lang is the language of the new file.
        """;

    public const string UsageVietnamese = """
        cách dùng: dotnet run --project generator -- <lệnh> [tùy chọn]

        các lệnh:
          build   dựng trang web vào thư mục output
                  [--content THƯ-MỤC] [--theme THƯ-MỤC] [--output THƯ-MỤC] [--now YYYY-MM-DD] [--preview]
                  [--base-url ĐỊA-CHỈ] [--zip TỆP] [--lang vi|en]
          serve   xem trước trang web trên máy này trong lúc soạn: trang tự tải lại sau mỗi lần lưu
                  [--port SỐ] [--content THƯ-MỤC] [--theme THƯ-MỤC] [--now YYYY-MM-DD] [--preview] [--path /ĐƯỜNG-DẪN/]
                  [--lang vi|en]
          report  báo cáo mỗi đơn vị đã gửi những gì, dành cho ban chỉ đạo (không đăng lên trang)
                  [--content THƯ-MỤC] [--now YYYY-MM-DD] [--format md|csv|html] [--lang vi|en] [--output TỆP]
          new     tạo một tệp nội dung mới có giải thích từng mục, hoặc tệp bản dịch của một bài đã có
                  article|law|slogan|page "Tiêu đề" [--lang vi|en] [--department MÃ] | --translate ĐƯỜNG-DẪN
          check   kiểm tra mọi thứ như khi dựng trang nhưng không ghi gì, liệt kê các bài chưa có bản dịch
                  [--content THƯ-MỤC] [--theme THƯ-MỤC] [--now YYYY-MM-DD] [--preview] [--strict] [--lang vi|en]
          fix-encoding  chuyển tệp gõ bằng bảng mã TCVN3 (ABC) hoặc VNI sang UTF-8, giữ bản gốc ở TỆP.bak
                  TỆP... [--from tcvn3|vni] [--lang vi|en]
          help    hiện hướng dẫn này

        thông báo được viết bằng tiếng Việt; dùng --lang en, hoặc biến môi trường INFOSITEGEN_LANG=en, để xem bằng tiếng Anh.
        report: --lang cũng là ngôn ngữ của báo cáo; new: --lang là ngôn ngữ của tệp mới.
        """;

    public static string UsageIn(ToolLanguage language) => language == ToolLanguage.English ? Usage : UsageVietnamese;

    /// <summary>Runs with no environment variables, as the tests do.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory) =>
        RunAsync(args, stdout, stderr, workingDirectory, _ => null);

    /// <param name="environment">Reads an environment variable (<c>INFOSITEGEN_LANG</c>); null when it is not set.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment)
    {
        var language = ToolLanguage.Vietnamese;
        try
        {
            var fallback = TerminalLanguage.FromEnvironment(environment);
            language = TerminalLanguage.Peek(args, fallback);
            return args.FirstOrDefault() switch
            {
                "build" => await BuildCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "serve" => await ServeCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "report" => await ReportCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "new" => await NewCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "check" => await CheckCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "fix-encoding" => await FixEncodingCommand.RunAsync(args[1..], stdout, stderr, workingDirectory, fallback),
                "help" or "--help" or "-h" => Help(stdout, language),
                null => throw new UsageException(new Wording("chưa ghi lệnh nào", "no command given")),
                var other => throw new UsageException(new Wording($"không có lệnh '{other}'", $"unknown command '{other}'")),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + e.Wording.In(language));
            await stderr.WriteLineAsync(UsageIn(language));
            return ExitCodes.Usage;
        }
        catch (Publishing.OutputRefusedException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + e.Wording.In(language));
            return ExitCodes.Usage;
        }
        catch (Text.GlobalizationUnavailableException e)
        {
            await stderr.WriteLineAsync(TerminalLanguage.ErrorPrefix(language) + e.Wording.In(language));
            return ExitCodes.Usage;
        }
    }

    private static int Help(TextWriter stdout, ToolLanguage language)
    {
        stdout.WriteLine(UsageIn(language));
        return ExitCodes.Success;
    }
}
