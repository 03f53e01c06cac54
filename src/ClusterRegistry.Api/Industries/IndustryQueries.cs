using ClusterRegistry.Api.Schema;
using ClusterRegistry.Industries;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Industries;

public static class IndustryQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryType>>>>("industries")
            .Description("GB/T 4754-2017 sections and divisions, by code.")
            .Argument<IndustryLevelType>("level", "Only sections or only divisions.")
            .ResolveAsync(async context =>
            {
                var level = context.GetArgument<IndustryLevel?>("level");
                await using var db = await context.OpenRegistryAsync();
                return await db.Industries.AsNoTracking().Where(i => level == null || i.Level == level)
                    .OrderBy(i => i.Code).ToListAsync(context.CancellationToken);
            });

        query.Field<IndustryType>("industry")
            .Description("A section or division by its code; null if there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "A section letter or two-digit division code.")
            .Resolve(context => context.Service<IndustryLoaders>().Industry(context.GetArgument<string>("code")));
    }
}
