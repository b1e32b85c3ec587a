using InfoSiteGen.Diagnostics;

namespace InfoSiteGen.Cli;

/// <summary>
/// A usage mistake on the command line: printed in the terminal language with the command's help, exit code 2.
/// <see cref="Exception.Message"/> is the English wording.
/// </summary>
public sealed class UsageException(Wording wording) : Exception(wording.English)
{
    public Wording Wording { get; } = wording;
}

/// <summary>
/// Options of the form <c>--name value</c>, <c>--name=value</c> and <c>--flag</c>, checked against the
/// options a command accepts, so a mistyped option is refused instead of ignored.
/// </summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public ParsedArguments(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException(new Wording($"không hiểu đối số '{arg}'", $"unexpected argument '{arg}'"));
            }

            var equals = arg.IndexOf('=');
            var name = equals > 0 ? arg[2..equals] : arg[2..];
            if (flags.Contains(name))
            {
                if (equals > 0)
                {
                    throw new UsageException(new Wording($"--{name} không nhận giá trị", $"--{name} takes no value"));
                }

                _values[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                string value;
                if (equals > 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    throw new UsageException(new Wording($"--{name} cần một giá trị", $"--{name} needs a value"));
                }

                if (!_values.TryAdd(name, value))
                {
                    throw new UsageException(new Wording($"--{name} được ghi hai lần", $"--{name} is given twice"));
                }
            }
            else
            {
                var known = valueOptions.Concat(flags).Select(o => "--" + o);
                var closest = Yaml.KeySuggestion.Closest(name, valueOptions.Concat(flags));
                throw new UsageException(closest is null
                    ? new Wording(
                        $"không có tùy chọn '--{name}'; các tùy chọn là {string.Join(", ", known)}",
                        $"unknown option '--{name}'; the options are {string.Join(", ", known)}")
                    : new Wording(
                        $"không có tùy chọn '--{name}'; có phải bạn muốn ghi '--{closest}'?",
                        $"unknown option '--{name}'; did you mean '--{closest}'?"));
            }
        }
    }

    public bool Flag(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);
}
