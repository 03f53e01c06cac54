using GraphQL.Types;

namespace ClusterRegistry.Api.Filtering;

/// <summary>HotChocolate's list filter: <c>List{Item}FilterInput</c> with some/all/none/any.</summary>
public abstract class ListFilterInputType<TItemFilter, TItemFilterType> : InputObjectGraphType<ListFilter<TItemFilter>>
    where TItemFilter : class
    where TItemFilterType : IInputObjectGraphType
{
    protected ListFilterInputType(string itemName, string itemsDescription)
    {
        Name = $"List{itemName}FilterInput";
        Description = $"Conditions on a list of {itemsDescription}.";
        Field<TItemFilterType>("some").Description("At least one item matches.");
        Field<TItemFilterType>("all").Description("Every item matches.");
        Field<TItemFilterType>("none").Description("No item matches.");
        Field<BooleanGraphType>("any").Description("True: the list has items; false: it is empty.");
    }
}
