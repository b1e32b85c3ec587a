using System.Reflection;
using InfoSiteGen.StartupProfile;

namespace InfoSiteGen.Tests.Tools.StartupProfile;

public sealed class MethodResolverTests
{
    private static readonly MethodResolver Resolver = new([typeof(object).Assembly.Location, typeof(Enumerable).Assembly.Location, typeof(SiteBuild).Assembly.Location]);

    private static IReadOnlyList<MethodBase> Resolve(string name) => Resolver.Resolve(JitMethodName.Parse(name)!);

    [Fact]
    public void A_method_of_an_internal_generic_class_is_found_for_the_shared_form_of_reference_types()
    {
        var method = Assert.Single(Resolve("System.Linq.Enumerable+EnumerableSorter`2[System.__Canon,int]:ComputeKeys(System.__Canon[],int)"));

        Assert.Equal("ComputeKeys", method.Name);
        Assert.Equal([typeof(object), typeof(int)], method.DeclaringType!.GetGenericArguments());
    }

    [Fact]
    public void A_generic_method_is_instantiated_and_only_the_overload_with_as_many_parameters_is_taken()
    {
        var method = Assert.IsAssignableFrom<MethodInfo>(Assert.Single(Resolve(
            "System.Linq.Enumerable:OrderBy[System.__Canon,int](System.Collections.Generic.IEnumerable`1[System.__Canon],System.Func`2[System.__Canon,int])")));

        Assert.Equal(typeof(Enumerable), method.DeclaringType);
        Assert.Equal([typeof(object), typeof(int)], method.GetGenericArguments());
        Assert.Equal(2, method.GetParameters().Length);
    }

    [Fact]
    public void Constructors_and_type_initializers_are_found()
    {
        var constructor = Assert.Single(Resolve("System.Linq.Lookup`2[int,System.__Canon]:.ctor(System.Collections.Generic.IEqualityComparer`1[int])"));
        var initializer = Assert.Single(Resolve("System.Collections.Generic.EqualityComparer`1[System.ValueTuple`2[System.__Canon,int]]:.cctor()"));

        Assert.IsAssignableFrom<ConstructorInfo>(constructor);
        Assert.True(initializer.IsStatic);
        Assert.Equal(typeof(EqualityComparer<(object, int)>), initializer.DeclaringType);
    }

    [Fact]
    public void Generic_code_over_the_generators_own_types_is_found()
    {
        var method = Assert.Single(Resolve("System.Collections.Generic.List`1[InfoSiteGen.Content.ContentItem]:Add(InfoSiteGen.Content.ContentItem)"));

        Assert.Equal(typeof(List<InfoSiteGen.Content.ContentItem>), method.DeclaringType);
    }

    [Theory]
    [InlineData("System.Linq.Enumerable:NoSuchMethod(int)")]
    [InlineData("System.Linq.NoSuchType:Create()")]
    [InlineData("System.Linq.Enumerable:OrderBy[System.__Canon,int](System.Collections.Generic.IEnumerable`1[System.__Canon])")]
    [InlineData("System.Nullable`1[System.__Canon]:get_Value()")]
    [InlineData("System.Linq.Enumerable:OrderBy[System.__Canon,NoSuchType](System.Collections.Generic.IEnumerable`1[System.__Canon],System.Func`2[System.__Canon,int])")]
    public void A_name_no_method_answers_to_gives_nothing(string name) => Assert.Empty(Resolve(name));
}
