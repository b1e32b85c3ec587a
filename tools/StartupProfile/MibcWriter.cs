using System.Reflection;
using System.Reflection.Emit;

namespace InfoSiteGen.StartupProfile;

/// <summary>
/// Writes methods as a profile for .NET's ahead-of-time compiler (crossgen2's <c>--mibc</c>, MSBuild's
/// <c>PublishReadyToRunPgoFiles</c>), which compiles every method a profile names. The format is an assembly whose
/// global method <c>AssemblyDictionary</c> holds, for each group of methods, <c>ldstr "Assembly;"</c>,
/// <c>ldtoken</c> of a global method of the group and <c>pop</c>; a group's method holds <c>ldtoken</c> and
/// <c>pop</c> for each method in it. A group is named after the assembly that defines its methods, which the
/// compiler checks is one it compiles.
/// </summary>
public static class MibcWriter
{
    public static void Write(IEnumerable<MethodBase> methods, string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(name), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(name + ".dll");

        var groups = new List<(string Name, MethodBuilder Method)>();
        foreach (var group in methods.GroupBy(m => m.DeclaringType!.Assembly.GetName().Name!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var method = module.DefineGlobalMethod($"Group{groups.Count}", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
            var il = method.GetILGenerator();
            foreach (var member in group)
            {
                il.Emit(OpCodes.Ldtoken, member is MethodInfo m ? module.GetMethodMetadataToken(m) : module.GetMethodMetadataToken((ConstructorInfo)member));
                il.Emit(OpCodes.Pop);
            }

            il.Emit(OpCodes.Ret);
            groups.Add((group.Key + ";", method));
        }

        var dictionary = module.DefineGlobalMethod("AssemblyDictionary", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        var entries = dictionary.GetILGenerator();
        foreach (var (groupName, method) in groups)
        {
            entries.Emit(OpCodes.Ldstr, groupName);
            entries.Emit(OpCodes.Ldtoken, method);
            entries.Emit(OpCodes.Pop);
        }

        entries.Emit(OpCodes.Ret);
        module.CreateGlobalFunctions();
        assembly.Save(path);
    }
}
