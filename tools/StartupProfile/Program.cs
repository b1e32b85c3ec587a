using InfoSiteGen.StartupProfile;

// The generator's ahead-of-time copy (ReadyToRun, composite) holds compiled code for every method of its assemblies,
// but not for generic code it finds no direct call to: the methods of a generic class that only a library creates
// (LINQ's sorters and groupings over the generator's types, value tuples), and what those call. At every start the
// JIT compiled about 450 of them. This tool turns the JIT's own list of what it compiled into a profile that makes the
// ahead-of-time compiler compile them too.
//
//   collect ASSEMBLIES OUTPUT JIT_LIST...   the methods of the JIT lists that these assemblies define, one per line
//   write ASSEMBLIES METHODS OUTPUT.mibc   the profile of a method list
//
// ASSEMBLIES is a file naming the program's assemblies, one path per line.
if (args is ["collect", var assemblies, var output, .. var jitLists] && jitLists.Length > 0)
{
    var resolver = new MethodResolver(File.ReadAllLines(assemblies));
    var names = JitList.MethodNames(jitLists.SelectMany(File.ReadLines))
        .Distinct(StringComparer.Ordinal)
        .Where(name => resolver.Resolve(name).Count > 0)
        .Order(StringComparer.Ordinal)
        .ToList();
    File.WriteAllLines(output, names);
    Console.WriteLine($"{output}: {names.Count} methods");
    return 0;
}

if (args is ["write", var assemblyList, var methodList, var profile])
{
    var resolver = new MethodResolver(File.ReadAllLines(assemblyList));
    var lines = File.ReadAllLines(methodList).Where(line => line.Length > 0).ToList();
    var missing = 0;
    var methods = new List<System.Reflection.MethodBase>();
    foreach (var line in lines)
    {
        var found = resolver.Resolve(line);
        missing += found.Count == 0 ? 1 : 0;
        methods.AddRange(found);
    }

    var distinct = methods.Distinct().ToList();
    MibcWriter.Write(distinct, profile);
    // Names no longer found are methods renamed or removed since the list was made: harmless, they are just not compiled.
    Console.WriteLine($"startup profile: {distinct.Count} methods from {lines.Count} names in {Path.GetFileName(methodList)}"
        + (missing > 0 ? $"; {missing} no longer found (bench/startup-methods.sh makes the list again)" : ""));
    return 0;
}

Console.Error.WriteLine("usage: StartupProfile collect ASSEMBLIES OUTPUT JIT_LIST... | write ASSEMBLIES METHODS OUTPUT.mibc");
return 2;
