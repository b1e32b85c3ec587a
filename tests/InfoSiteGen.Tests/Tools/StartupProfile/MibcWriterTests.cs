using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using InfoSiteGen.StartupProfile;

namespace InfoSiteGen.Tests.Tools.StartupProfile;

public sealed class MibcWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("isg-mibc-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_profile_lists_each_assemblys_methods_in_a_group_named_after_it()
    {
        var orderBy = typeof(Enumerable).GetMethods().Single(m => m.Name == "OrderBy" && m.GetParameters().Length == 2).MakeGenericMethod(typeof(object), typeof(int));
        var lookup = typeof(Enumerable).Assembly.GetType("System.Linq.Lookup`2")!.MakeGenericType(typeof(int), typeof(object));
        var constructor = lookup.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        var listAdd = typeof(List<string>).GetMethod("Add")!;
        var path = Path.Combine(_folder, "startup.mibc");

        MibcWriter.Write([orderBy, constructor, listAdd], path);

        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var globals = reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(1)).GetMethods().Select(reader.GetMethodDefinition).ToDictionary(m => reader.GetString(m.Name));
        var dictionary = Instructions(pe, globals["AssemblyDictionary"]);

        // ldstr "Assembly;", ldtoken group, pop, for each group, in the order of the assemblies' names.
        Assert.Equal(["ldstr System.Linq;", "ldtoken Group0", "pop", "ldstr System.Private.CoreLib;", "ldtoken Group1", "pop", "ret"], dictionary.Select(i => Describe(reader, i)));
        // The instantiations themselves: OrderBy<object, int> as a method specification, the constructor and Add as
        // members of instantiated types (Lookup<int, object>, List<string>), not their generic definitions.
        Assert.Equal(["ldtoken OrderBy[2]", "pop", "ldtoken .ctor of a type specification", "pop", "ret"], Instructions(pe, globals["Group0"]).Select(i => Describe(reader, i)));
        Assert.Equal(["ldtoken Add of a type specification", "pop", "ret"], Instructions(pe, globals["Group1"]).Select(i => Describe(reader, i)));
    }

    private static List<(byte OpCode, int Token)> Instructions(PEReader pe, MethodDefinition method)
    {
        var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
        var instructions = new List<(byte, int)>();
        for (var at = 0; at < il.Length;)
        {
            var opCode = il[at];
            var hasToken = opCode is 0x72 or 0xD0;
            instructions.Add((opCode, hasToken ? BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(at + 1)) : 0));
            at += hasToken ? 5 : 1;
        }

        return instructions;
    }

    private static string Describe(MetadataReader reader, (byte OpCode, int Token) instruction) => instruction.OpCode switch
    {
        0x72 => "ldstr " + reader.GetUserString(MetadataTokens.UserStringHandle(instruction.Token & 0xFFFFFF)),
        0xD0 => "ldtoken " + NameOf(reader, MetadataTokens.EntityHandle(instruction.Token)),
        0x26 => "pop",
        0x2A => "ret",
        _ => $"0x{instruction.OpCode:X2}",
    };

    private static string NameOf(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.MethodDefinition => reader.GetString(reader.GetMethodDefinition((MethodDefinitionHandle)handle).Name),
        HandleKind.MemberReference => MemberName(reader, reader.GetMemberReference((MemberReferenceHandle)handle)),
        HandleKind.MethodSpecification => SpecificationName(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle)),
        _ => handle.Kind.ToString(),
    };

    private static string MemberName(MetadataReader reader, MemberReference member) =>
        reader.GetString(member.Name) + (member.Parent.Kind == HandleKind.TypeSpecification ? " of a type specification" : "");

    // The name of the generic method, and how many type arguments its instantiation gives (the blob's second byte).
    private static string SpecificationName(MetadataReader reader, MethodSpecification specification) =>
        $"{reader.GetString(reader.GetMemberReference((MemberReferenceHandle)specification.Method).Name)}[{reader.GetBlobBytes(specification.Signature)[1]}]";
}
