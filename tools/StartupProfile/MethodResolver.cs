using System.Reflection;
using System.Runtime.Loader;

namespace InfoSiteGen.StartupProfile;

/// <summary>
/// Finds the methods a JIT list names among the types of a set of assemblies: the program's own, loaded from their
/// files, and .NET's, as this process runs them. The profile names methods, not code, so a .NET release of this
/// process other than the program's finds the same ones.
/// </summary>
public sealed class MethodResolver
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<string, Type> Keywords = new(StringComparer.Ordinal)
    {
        ["bool"] = typeof(bool),
        ["char"] = typeof(char),
        ["byte"] = typeof(byte),
        ["sbyte"] = typeof(sbyte),
        ["short"] = typeof(short),
        ["ushort"] = typeof(ushort),
        ["int"] = typeof(int),
        ["uint"] = typeof(uint),
        ["long"] = typeof(long),
        ["ulong"] = typeof(ulong),
        ["float"] = typeof(float),
        ["double"] = typeof(double),
        ["nint"] = typeof(nint),
        ["nuint"] = typeof(nuint),
        // The JIT's name for the shared code of reference types: code compiled for any class serves them all.
        ["System.__Canon"] = typeof(object),
    };

    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    public MethodResolver(IEnumerable<string> assemblyFiles)
    {
        var files = assemblyFiles.Where(File.Exists).ToList();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            byName.TryAdd(Path.GetFileNameWithoutExtension(file), file);
        }

        // A program assembly's dependencies come from the same list.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } simple && byName.TryGetValue(simple, out var file) ? context.LoadFromAssemblyPath(Path.GetFullPath(file)) : null;

        foreach (var file in files)
        {
            if (Load(file) is { } assembly)
            {
                AddTypes(assembly);
            }
        }
    }

    /// <summary>The methods a line of a method list names; empty when it names none, or is no method name.</summary>
    public IReadOnlyList<MethodBase> Resolve(string name) => JitMethodName.Parse(name) is { } method ? Resolve(method) : [];

    /// <summary>The methods the name may mean (overloads with as many parameters); empty when none is found.</summary>
    public IReadOnlyList<MethodBase> Resolve(JitMethodName method)
    {
        if (TypeOf(method.DeclaringType) is not { } type || type.ContainsGenericParameters)
        {
            return [];
        }

        Type[]? methodArguments = null;
        if (method.MethodArguments.Count > 0)
        {
            var resolved = method.MethodArguments.Select(TypeOf).ToArray();
            if (resolved.Any(t => t is null))
            {
                return [];
            }

            methodArguments = resolved!;
        }

        IEnumerable<MethodBase> candidates = method.Name switch
        {
            ".ctor" => type.GetConstructors(Declared),
            ".cctor" => type.TypeInitializer is { } initializer ? [initializer] : [],
            _ => type.GetMethods(Declared).Where(m => m.Name == method.Name),
        };

        var found = new List<MethodBase>();
        foreach (var candidate in candidates.Where(c => ParameterCount(c) == method.ParameterCount))
        {
            if (candidate is MethodInfo { IsGenericMethodDefinition: true } generic)
            {
                if (methodArguments is not null && generic.GetGenericArguments().Length == methodArguments.Length
                    && TryInstantiate(generic, methodArguments) is { } instance)
                {
                    found.Add(instance);
                }
            }
            else if (methodArguments is null)
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    /// <summary>-1 when a parameter's type is in an assembly that is not there.</summary>
    private static int ParameterCount(MethodBase method)
    {
        try
        {
            return method.GetParameters().Length;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            return -1;
        }
    }

    private Type? TypeOf(JitTypeName name)
    {
        var type = Keywords.GetValueOrDefault(name.Name) ?? _types.GetValueOrDefault(name.Name);
        if (type is null)
        {
            return null;
        }

        if (name.Arguments.Count > 0)
        {
            var arguments = name.Arguments.Select(TypeOf).ToArray();
            if (arguments.Any(a => a is null) || !type.IsGenericTypeDefinition || type.GetGenericArguments().Length != arguments.Length)
            {
                return null;
            }

            try
            {
                type = type.MakeGenericType(arguments!);
            }
            catch (Exception e) when (IsUnmakeable(e))
            {
                // A constraint the shared form does not meet (object for a struct parameter).
                return null;
            }
        }

        try
        {
            for (var i = 0; i < name.ArrayDepth; i++)
            {
                type = type.MakeArrayType();
            }
        }
        catch (Exception e) when (IsUnmakeable(e))
        {
            return null;
        }

        return type;
    }

    private static MethodInfo? TryInstantiate(MethodInfo generic, Type[] arguments)
    {
        try
        {
            return generic.MakeGenericMethod(arguments);
        }
        catch (Exception e) when (IsUnmakeable(e))
        {
            return null;
        }
    }

    /// <summary>What reflection throws for a type or method that cannot be made: such a name is just not found.</summary>
    private static bool IsUnmakeable(Exception e) =>
        e is ArgumentException or TypeLoadException or NotSupportedException or System.Security.VerificationException;

    private static Assembly? Load(string file)
    {
        try
        {
            // .NET's own assemblies are the ones this process runs; the others come through the Resolving handler.
            return Assembly.Load(new AssemblyName(AssemblyName.GetAssemblyName(file).Name!));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            // Native libraries and reference-only files named .dll.
            return null;
        }
    }

    private void AddTypes(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        foreach (var type in types)
        {
            if (type?.FullName is { } fullName)
            {
                _types.TryAdd(fullName, type);
            }
        }
    }
}
