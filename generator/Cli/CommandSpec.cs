using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>
/// One option of a command, as help shows it and as the command reads it.
/// </summary>
/// <param name="Name">Without the leading dashes: <c>content</c> for <c>--content</c>.</param>
/// <param name="ValueName">What the value is (<c>THƯ-MỤC</c> / <c>DIR</c>); null for a flag that takes no value.</param>
/// <param name="Values">The only values accepted, offered by shell completion; empty when any value goes.</param>
public sealed record OptionSpec(string Name, Wording? ValueName, Wording Description, IReadOnlyList<string> Values)
{
    public bool IsFlag => ValueName is null;

    public static OptionSpec Value(string name, Wording valueName, Wording description, params string[] values) =>
        new(name, valueName, description, values);

    public static OptionSpec Flag(string name, Wording description) => new(name, null, description, []);
}

/// <summary>A word a command takes without a dash before it (the kind and title of <c>new</c>, the files of <c>fix-encoding</c>).</summary>
/// <param name="Many">Takes any number of words (one or more).</param>
public sealed record ArgumentSpec(Wording Name, Wording Description, bool Many = false, params string[] Values);

/// <summary>
/// One command of the tool: what it is for, the words and options it takes, and any longer explanation for its
/// help. The commands read their options through <see cref="Parse"/>, and help and shell completion are made
/// from the same list, so that an option cannot be accepted without being documented, or the reverse.
/// </summary>
/// <param name="Details">Paragraphs printed after the options in the command's help; null when the options say it all.</param>
public sealed record CommandSpec(
    string Name, Wording Summary, IReadOnlyList<ArgumentSpec> Arguments, IReadOnlyList<OptionSpec> Options, Wording? Details = null)
{
    public IReadOnlyList<string> ValueOptions => Options.Where(o => !o.IsFlag).Select(o => o.Name).ToList();

    public IReadOnlyList<string> Flags => Options.Where(o => o.IsFlag).Select(o => o.Name).ToList();

    /// <summary>Reads the options of <paramref name="args"/>, the words after the command's name; any other word is refused.</summary>
    public ParsedArguments Parse(IReadOnlyList<string> args) => new(args, ValueOptions, Flags);

    /// <summary>
    /// For a command that takes words (<see cref="Arguments"/>): the words, wherever they stand, and the options.
    /// A word right after an option that takes a value is that option's value.
    /// </summary>
    public (IReadOnlyList<string> Words, ParsedArguments Options) ParseWithWords(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var options = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(args[i]);
                continue;
            }

            options.Add(args[i]);
            if (!args[i].Contains('=') && ValueOptions.Contains(args[i][2..]) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options.Add(args[++i]);
            }
        }

        return (words, Parse(options));
    }
}
