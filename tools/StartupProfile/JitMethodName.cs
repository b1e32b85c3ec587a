namespace InfoSiteGen.StartupProfile;

/// <summary>
/// A compiled method as the JIT names it: <c>Type:Method[method type arguments](parameters)</c>. Parameters are only
/// counted: the JIT writes pointers and references as <c>ptr</c> and <c>byref</c>, which name no type.
/// </summary>
public sealed record JitMethodName(JitTypeName DeclaringType, string Name, IReadOnlyList<JitTypeName> MethodArguments, int ParameterCount)
{
    /// <summary>Reads one method name; null for what is not one (dynamic methods, a line of another kind).</summary>
    public static JitMethodName? Parse(string text)
    {
        var reader = new Reader(text.Trim());
        try
        {
            var type = reader.ReadType();
            if (!reader.Take(':'))
            {
                return null;
            }

            var name = reader.ReadUntil('[', '(');
            var arguments = reader.Peek('[') ? reader.ReadArguments() : [];
            if (name.Length == 0 || !reader.Peek('('))
            {
                return null;
            }

            return new JitMethodName(type, name, arguments, CountParameters(reader.Rest()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static int CountParameters(string list)
    {
        // "(System.__Canon[],int)": commas outside the brackets of type arguments.
        if (list.Length < 2 || list[0] != '(' || list[^1] != ')')
        {
            throw new FormatException();
        }

        var inner = list[1..^1];
        if (inner.Length == 0)
        {
            return 0;
        }

        int depth = 0, count = 1;
        foreach (var c in inner)
        {
            depth += c switch { '[' => 1, ']' => -1, _ => 0 };
            count += c == ',' && depth == 0 ? 1 : 0;
        }

        return count;
    }

    private sealed class Reader(string text)
    {
        private int _at;

        public bool Peek(char c) => _at < text.Length && text[_at] == c;

        public bool Take(char c)
        {
            if (!Peek(c))
            {
                return false;
            }

            _at++;
            return true;
        }

        public string Rest() => text[_at..];

        public string ReadUntil(params char[] stops)
        {
            var start = _at;
            while (_at < text.Length && Array.IndexOf(stops, text[_at]) < 0)
            {
                _at++;
            }

            return text[start.._at];
        }

        public JitTypeName ReadType()
        {
            var name = ReadUntil('[', ',', ']', ':', '(');
            if (name.Length == 0 || name.StartsWith('('))
            {
                throw new FormatException();
            }

            // A '[' after a generic name opens its type arguments, unless it is the "[]" of an array.
            var arguments = name.Contains('`') && Peek('[') && !IsArraySuffix() ? ReadArguments() : [];
            var arrays = 0;
            while (IsArraySuffix())
            {
                _at += 2;
                arrays++;
            }

            return new JitTypeName(name, arguments, arrays);
        }

        public IReadOnlyList<JitTypeName> ReadArguments()
        {
            Take('[');
            var arguments = new List<JitTypeName>();
            do
            {
                arguments.Add(ReadType());
            }
            while (Take(','));

            if (!Take(']'))
            {
                throw new FormatException();
            }

            return arguments;
        }

        private bool IsArraySuffix() => _at + 1 < text.Length && text[_at] == '[' && text[_at + 1] == ']';
    }
}
