using GraphQL.Builders;
using GraphQL.Types;

namespace ClusterRegistry.Api.Paging;

public static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", a =>
        {
            a.Description = $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).";
            a.Validator += PageRequest.ValidateSize;
        })
        .Argument<StringGraphType>("after", "Returns the items after this cursor.")
        .Argument<IntGraphType>("last", a =>
        {
            a.Description = $"Returns the last n items (at most {PageRequest.MaxSize}).";
            a.Validator += PageRequest.ValidateSize;
        })
        .Argument<StringGraphType>("before", "Returns the items before this cursor.");
}
