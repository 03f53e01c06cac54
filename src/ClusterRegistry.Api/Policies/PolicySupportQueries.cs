using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Paging;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Policies;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Policies;

public static class PolicySupportQueries
{
    private static readonly IReadOnlyList<SortKey<PolicySupport>> ByStartThenId =
        [SortKey<PolicySupport>.Of("startsOn", p => p.StartsOn).Reversed(), SortKey<PolicySupport>.Of("id", p => p.Id)];

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PolicySupportsConnectionType>>("policySupports")
            .Description("Policy support measures, newest first.")
            .Paged()
            .Argument<PolicySupportFilterInputType>("where", "Conditions the measures must meet.")
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context);
                var where = context.GetArgument<PolicySupportFilter?>("where").Checked(context);
                await using var db = await context.OpenRegistryAsync();
                var filtered = db.PolicySupports.AsNoTracking();
                if (where is not null) filtered = filtered.Where(where.ToPredicate());
                return await KeysetPager.PageAsync(filtered, ByStartThenId, page, context.Selects("totalCount"), context.CancellationToken);
            });
    }
}
