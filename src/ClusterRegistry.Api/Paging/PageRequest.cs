using ClusterRegistry.Api.Schema;
using GraphQL;

namespace ClusterRegistry.Api.Paging;

/// <summary>Relay paging arguments: <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c> backwards.</summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultSize = 10;
    public const int MaxSize = 50;

    public bool Backwards => Last is not null || (Before is not null && First is null);
    public int Size => Backwards ? Last ?? DefaultSize : First ?? DefaultSize;

    public static PageRequest From(IResolveFieldContext context)
    {
        var page = new PageRequest(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        if (page.First is not null && page.Last is not null)
            throw new ExecutionError("Pass either `first` or `last`, not both.") { Code = ErrorCodes.InvalidPaging };
        if (page.After is not null && page.Before is not null)
            throw new ExecutionError("Pass either `after` or `before`, not both.") { Code = ErrorCodes.InvalidPaging };
        return page;
    }

    /// <summary>Checked while the request is validated, so an oversized page is a 400 before anything runs.</summary>
    public static void ValidateSize(object value)
    {
        if (value is int size && size is < 0 or > MaxSize)
            throw new ArgumentException($"A page holds 0 to {MaxSize} items; {size} were asked for.");
    }
}
