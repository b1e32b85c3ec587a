using InfoSiteGen.StartupProfile;

namespace InfoSiteGen.Tests.Tools.StartupProfile;

public sealed class JitMethodNameTests
{
    [Fact]
    public void A_method_of_a_generic_class_is_read_with_its_type_arguments_and_parameters_counted()
    {
        var method = JitMethodName.Parse("System.Linq.Enumerable+EnumerableSorter`2[System.__Canon,int]:ComputeKeys(System.__Canon[],int)");

        Assert.NotNull(method);
        Assert.Equal("System.Linq.Enumerable+EnumerableSorter`2", method.DeclaringType.Name);
        Assert.Equal(["System.__Canon", "int"], method.DeclaringType.Arguments.Select(a => a.Name));
        Assert.Equal("ComputeKeys", method.Name);
        Assert.Empty(method.MethodArguments);
        Assert.Equal(2, method.ParameterCount);
    }

    [Fact]
    public void Nested_type_arguments_arrays_and_method_type_arguments_are_read()
    {
        var method = JitMethodName.Parse(
            "System.Linq.Enumerable+Iterator`1[System.ValueTuple`2[System.ValueTuple`2[char,System.__Canon],int]]:Select[System.ValueTuple`2[char,int][]](System.Func`2[System.__Canon,System.ValueTuple`2[char,int]])");

        Assert.NotNull(method);
        var tuple = Assert.Single(method.DeclaringType.Arguments);
        Assert.Equal("System.ValueTuple`2[System.ValueTuple`2[char,System.__Canon],int]", tuple.ToString());
        Assert.Equal("Select", method.Name);
        var argument = Assert.Single(method.MethodArguments);
        Assert.Equal(1, argument.ArrayDepth);
        Assert.Equal("System.ValueTuple`2[char,int][]", argument.ToString());
        Assert.Equal(1, method.ParameterCount);
    }

    [Fact]
    public void Explicit_interface_methods_constructors_and_methods_without_parameters_are_read()
    {
        var explicitMethod = JitMethodName.Parse("System.Linq.Grouping`2[int,System.__Canon]:System.Collections.Generic.ICollection<TElement>.get_Count()");
        var constructor = JitMethodName.Parse("System.Linq.Lookup`2[int,System.__Canon]:.ctor(System.Collections.Generic.IEqualityComparer`1[int])");

        Assert.Equal("System.Collections.Generic.ICollection<TElement>.get_Count", explicitMethod?.Name);
        Assert.Equal(0, explicitMethod?.ParameterCount);
        Assert.Equal(".ctor", constructor?.Name);
        Assert.Equal(1, constructor?.ParameterCount);
    }

    [Theory]
    [InlineData("(dynamicClass):InvokeStub_EventSourceAttribute.set_Name(System.Object,System.Object,ptr)")]
    [InlineData("System.Linq.Enumerable")]
    [InlineData("System.Linq.Enumerable:OrderBy[System.__Canon(System.Object)")]
    [InlineData("")]
    public void What_is_not_a_method_name_is_refused(string text) => Assert.Null(JitMethodName.Parse(text));
}
