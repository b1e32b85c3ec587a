using InfoSiteGen.Cli;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace InfoSiteGen.Tests.Architecture;

/// <summary>
/// The generator's folders are the stages of the pipeline, in the order <see cref="SiteBuild"/> runs them, on a
/// base that every stage may use; the commands and the preview server sit above them. A stage may use the base
/// and the stages before it, never one after it, so that each stage can be read, tested and replaced knowing
/// only what comes before. Read from the compiled generator: every type, member signature and instruction.
/// </summary>
public class StageDependencyTests
{
    /// <summary>The base, used by everything: problems and wording, YAML reading, writing systems and text.</summary>
    private static readonly string[] Base = ["Diagnostics", "Yaml", "Writing"];

    /// <summary>The pipeline's stages in order.</summary>
    private static readonly string[] Stages = ["Configuration", "Content", "Media", "Artwork", "Bodies", "Pages", "Rendering", "Publishing"];

    /// <summary>What runs the pipeline: it may use every stage.</summary>
    private static readonly string[] Above = ["Pipeline", "", "Reporting", "Serving", "Deploying", "Importing", "Cli"];

    private static readonly Lazy<Dictionary<string, HashSet<(string From, string To, string Where)>>> References = new(Read);

    [Fact]
    public void Every_folder_of_the_generator_has_its_place()
    {
        var namespaces = References.Value.Keys.ToHashSet();

        Assert.Equal(Base.Concat(Stages).Concat(Above).Order(StringComparer.Ordinal), namespaces.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_uses_only_the_base_and_what_comes_before_it(string layer)
    {
        var allowed = Allowed(layer);

        var wrong = References.Value.GetValueOrDefault(layer, [])
            .Where(reference => !allowed.Contains(reference.To))
            .Select(reference => $"{reference.Where} uses {reference.To}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(wrong.Count == 0, $"{(layer == "" ? "InfoSiteGen" : layer)} may use {string.Join(", ", allowed.Where(a => a != layer))}, but:\n" + string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public void The_test_sees_references_between_stages()
    {
        // Publishing writes pages that Rendering made: the reading must find that, or it proves nothing.
        Assert.Contains(References.Value["Publishing"], reference => reference.To == "Rendering");
        Assert.Contains(References.Value["Content"], reference => reference.To == "Configuration");
    }

    public static TheoryData<string> Layers() => new(Base.Concat(Stages).Concat(Above));

    private static HashSet<string> Allowed(string layer)
    {
        var baseIndex = Array.IndexOf(Base, layer);
        if (baseIndex >= 0)
        {
            // The base is ordered too: Diagnostics first, then YAML reading, then writing systems.
            return Base.Take(baseIndex + 1).ToHashSet();
        }

        var stageIndex = Array.IndexOf(Stages, layer);
        return stageIndex >= 0
            ? Base.Concat(Stages.Take(stageIndex + 1)).ToHashSet()
            : Base.Concat(Stages).Concat(Above).ToHashSet();
    }

    /// <summary>For each folder (namespace under InfoSiteGen, "" for the top), the folders its code refers to.</summary>
    private static Dictionary<string, HashSet<(string From, string To, string Where)>> Read()
    {
        using var module = ModuleDefinition.ReadModule(typeof(CommandLine).Assembly.Location);
        var result = new Dictionary<string, HashSet<(string, string, string)>>();
        foreach (var type in module.GetTypes())
        {
            var from = LayerOf(type);
            if (from is null)
            {
                continue;
            }

            var found = result.TryGetValue(from, out var set) ? set : result[from] = [];
            void Note(TypeReference? referenced, string where)
            {
                foreach (var to in LayersIn(referenced))
                {
                    if (to != from)
                    {
                        found.Add((from, to, where));
                    }
                }
            }

            Note(type.BaseType, type.FullName);
            foreach (var implemented in type.Interfaces)
            {
                Note(implemented.InterfaceType, type.FullName);
            }

            foreach (var field in type.Fields)
            {
                Note(field.FieldType, $"{Owner(type)}.{field.Name}");
            }

            foreach (var property in type.Properties)
            {
                Note(property.PropertyType, $"{Owner(type)}.{property.Name}");
            }

            foreach (var method in type.Methods)
            {
                var where = $"{Owner(type)}.{method.Name}";
                Note(method.ReturnType, where);
                foreach (var parameter in method.Parameters)
                {
                    Note(parameter.ParameterType, where);
                }

                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var variable in method.Body.Variables)
                {
                    Note(variable.VariableType, where);
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference referenced:
                            Note(referenced, where);
                            break;
                        case MethodReference called:
                            Note(called.DeclaringType, where);
                            Note(called.ReturnType, where);
                            foreach (var parameter in called.Parameters)
                            {
                                Note(parameter.ParameterType, where);
                            }

                            if (called is GenericInstanceMethod generic)
                            {
                                foreach (var argument in generic.GenericArguments)
                                {
                                    Note(argument, where);
                                }
                            }

                            break;
                        case FieldReference field:
                            Note(field.DeclaringType, where);
                            Note(field.FieldType, where);
                            break;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The outermost declaring type's name: compiler-made types (lambdas, async methods) belong to the code that wrote them.</summary>
    private static string Owner(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.FullName;
    }

    private static string? LayerOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        if (type.Namespace == "InfoSiteGen")
        {
            return "";
        }

        return type.Namespace.StartsWith("InfoSiteGen.", StringComparison.Ordinal) ? type.Namespace["InfoSiteGen.".Length..].Split('.')[0] : null;
    }

    /// <summary>The layers a type refers to: its own, and those of its element and generic arguments.</summary>
    private static IEnumerable<string> LayersIn(TypeReference? type)
    {
        switch (type)
        {
            case null:
                yield break;
            case GenericInstanceType generic:
                foreach (var layer in LayersIn(generic.ElementType).Concat(generic.GenericArguments.SelectMany(LayersIn)))
                {
                    yield return layer;
                }

                yield break;
            case TypeSpecification specification:
                foreach (var layer in LayersIn(specification.ElementType))
                {
                    yield return layer;
                }

                yield break;
        }

        if (type.Scope is ModuleDefinition || type.Scope.Name == "InfoSiteGen")
        {
            if (LayerOf(type) is { } layer)
            {
                yield return layer;
            }
        }
    }
}
