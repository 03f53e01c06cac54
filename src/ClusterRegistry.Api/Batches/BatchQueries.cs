using ClusterRegistry.Batches;
using ClusterRegistry.Api.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Batches;

public static class BatchQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentificationBatchType>>>>("batches")
            .Description("Identification batches, newest first.")
            .Argument<DesignationLevelType>("level", "Only national or only provincial batches.")
            .Argument<IntGraphType>("year", "Only the batches of this year.")
            .ResolveAsync(async context =>
            {
                var level = context.GetArgument<DesignationLevel?>("level");
                var year = context.GetArgument<int?>("year");
                await using var db = await context.OpenRegistryAsync();
                return await db.Batches.AsNoTracking()
                    .Where(b => (level == null || b.Level == level) && (year == null || b.Year == year))
                    .OrderByDescending(b => b.Year).ThenBy(b => b.Level).ThenBy(b => b.ProvinceCode)
                    .ToListAsync(context.CancellationToken);
            });
    }
}
