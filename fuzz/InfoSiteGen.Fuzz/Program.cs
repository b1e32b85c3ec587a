using SharpFuzz;

namespace InfoSiteGen.Fuzz;

/// <summary>
/// The fuzzing harness run by fuzz/run.sh under AFL++: feeds each input file through one path of the
/// generator and lets any exception escape, which AFL++ records as a crash. Targets: <c>front-matter</c>
/// (bytes → text → front matter → content item) and <c>markdown</c> (bytes → text → item → Markdown
/// body → cleaned HTML). Nothing of the instrumented assemblies may run before
/// <see cref="Fuzzer.OutOfProcess.Run(Action{Stream})"/>, so all set-up happens inside the callback.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var target = args.FirstOrDefault();
        Func<byte[], IReadOnlyList<Diagnostics.Diagnostic>> run = target switch
        {
            "front-matter" => FuzzTargets.FrontMatter,
            "markdown" => FuzzTargets.MarkdownPage,
            _ => throw new ArgumentException("usage: InfoSiteGen.Fuzz front-matter|markdown [FILE]"),
        };

        // With a file, run that input once: how fuzz/run.sh and the regression tests replay a finding.
        if (args.Length > 1)
        {
            foreach (var diagnostic in run(File.ReadAllBytes(args[1])))
            {
                Console.WriteLine(diagnostic);
            }

            return;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            run(copy.ToArray());
        });
    }
}
