using GraphQL.Types;

namespace ClusterRegistry.Api.Filtering;

public sealed class StringOperationFilterInputType : InputObjectGraphType<StringOperationFilter>
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all that are given must hold.";
        Field(f => f.Eq, nullable: true).Description("Equal to.");
        Field(f => f.Neq, nullable: true).Description("Not equal to.");
        Field(f => f.In, nullable: true).Description($"One of these values (at most {OperationLists.MaxItems}).");
        Field(f => f.Nin, nullable: true).Description($"None of these values (at most {OperationLists.MaxItems}).");
        Field(f => f.Contains, nullable: true).Description("Contains this text, e.g. a Chinese word of the name.");
        Field(f => f.Ncontains, nullable: true).Description("Does not contain this text.");
        Field(f => f.StartsWith, nullable: true).Description("Starts with this text.");
        Field(f => f.EndsWith, nullable: true).Description("Ends with this text.");
    }
}

public abstract class ComparableOperationFilterInputType<TFilter, TValue, TScalar> : InputObjectGraphType<TFilter>
    where TFilter : ComparableOperationFilter<TValue>
    where TValue : struct
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name, string what)
    {
        Name = name;
        Description = $"Conditions on a {what} field; all that are given must hold.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description($"One of these values (at most {OperationLists.MaxItems}).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description($"None of these values (at most {OperationLists.MaxItems}).");
        Field<TScalar>("gt").Description("Greater (later) than.");
        Field<TScalar>("gte").Description("Greater (later) than or equal to.");
        Field<TScalar>("lt").Description("Less (earlier) than.");
        Field<TScalar>("lte").Description("Less (earlier) than or equal to.");
    }
}

public sealed class IntOperationFilterInputType()
    : ComparableOperationFilterInputType<IntOperationFilter, int, IntGraphType>("IntOperationFilterInput", "whole-number");

public sealed class DateOperationFilterInputType()
    : ComparableOperationFilterInputType<DateOperationFilter, DateOnly, Schema.DateScalar>("DateOperationFilterInput", "date");

/// <summary>Conditions on an enum field, named as HotChocolate names them: <c>{Enum}OperationFilterInput</c>.</summary>
public abstract class EnumOperationFilterInputType<TEnum, TEnumType> : InputObjectGraphType<EnumOperationFilter<TEnum>>
    where TEnum : struct, Enum
    where TEnumType : EnumerationGraphType<TEnum>
{
    protected EnumOperationFilterInputType(string enumName)
    {
        Name = enumName + "OperationFilterInput";
        Description = $"Conditions on a {enumName} field; all that are given must hold.";
        Field<TEnumType>("eq").Description("Equal to.");
        Field<TEnumType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("nin").Description("None of these values.");
    }
}
