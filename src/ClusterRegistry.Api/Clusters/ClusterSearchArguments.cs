using ClusterRegistry.Api.Schema;
using GraphQL.Builders;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public static class ClusterSearchArguments
{
    public static FieldBuilder<TSource, TReturn> ClusterSearchable<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<ClusterFilterInputType>("where", "Conditions the clusters must meet.")
        .Argument<StringGraphType>("search", $"Free text: every word (split on spaces, at most {ClusterSearch.MaxWords}) must appear in the name or the lead industry.")
        .Argument<DateScalar>("statusOn", "The date designation statuses are evaluated on in `where` (default: today in China).");
}
