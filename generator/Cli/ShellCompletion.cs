namespace InfoSiteGen.Cli;

/// <summary>
/// <c>completion bash</c>: the script that lets bash complete commands, options and their values. Bash asks the
/// tool itself through System.CommandLine's <c>[suggest:POSITION]</c> directive, so that completion always
/// knows the options of the installed version; where the tool has nothing to offer (a folder or a file),
/// bash completes file names.
/// </summary>
public static class ShellCompletion
{
    public const string Bash = """
        # Completion of infositegen's commands and options for bash. To have it in every shell, add to ~/.bashrc:
        #   source <(infositegen completion bash)
        _infositegen_complete() {
          local line="${COMP_LINE:0:COMP_POINT}" cur="${COMP_WORDS[COMP_CWORD]}"
          line="${line#*infositegen }"
          local IFS=$'\n' offered
          offered="$(infositegen "[suggest:${#line}]" "$line" 2>/dev/null)"
          # Options are offered once a dash is typed; other words complete as the tool says, else as file names.
          [[ "$cur" == -* ]] || offered="$(grep -v '^-' <<<"$offered")"
          COMPREPLY=($(compgen -W "$offered" -- "$cur"))
        }
        complete -o default -F _infositegen_complete infositegen

        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout)
    {
        var (words, _) = Commands.Completion.ParseWithWords(args);
        if (words is not ["bash"])
        {
            throw new UsageException(new Diagnostics.Wording(
                "hãy ghi tên trình shell: infositegen completion bash (hiện chỉ hỗ trợ bash)",
                "name the shell: infositegen completion bash (bash is the one supported)"));
        }

        await stdout.WriteAsync(Bash);
        return ExitCodes.Success;
    }
}
