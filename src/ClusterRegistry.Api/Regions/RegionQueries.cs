using ClusterRegistry.Api.Schema;
using ClusterRegistry.Regions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Regions;

public static class RegionQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("Divisions by code: the provinces by default, or the children of `parentCode`. Walk `children` for the tree.")
            .Argument<StringGraphType>("parentCode", "List the divisions directly under this code (2 or 4 digits).")
            .Resolve(context =>
            {
                var parent = context.GetArgument<string?>("parentCode");
                if (parent is not null && parent.Length is not (2 or 4))
                    throw new ExecutionError("`parentCode` is a 2-digit province or 4-digit prefecture code.") { Code = ErrorCodes.InvalidFilter };
                return context.Service<RegionCatalog>().ChildrenOf(parent);
            });

        query.Field<RegionType>("region")
            .Description("A division by its code; null if there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "A 2, 4 or 6-digit division code.")
            .Resolve(context => context.Service<RegionCatalog>().Find(context.GetArgument<string>("code")));
    }
}
