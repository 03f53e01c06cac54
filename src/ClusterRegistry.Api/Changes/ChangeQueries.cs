using ClusterRegistry.Api.Paging;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Changes;

public static class ChangeQueries
{
    public const int DefaultSize = 50;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RegistryChangesConnectionType>>("registryChanges")
            .Description("Every change to the registry, oldest first, for partner portals that download the open data once and then follow its changes. "
                + "Keep the last endCursor and pass it as `after` next time; cursors stay valid across restarts and API nodes.")
            .Argument<StringGraphType>("after", "Returns the changes after this cursor (an endCursor or edge cursor of an earlier page).")
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"Returns the first n changes (default {DefaultSize}, at most {PageRequest.MaxSize}).";
                a.Validator += PageRequest.ValidateSize;
            })
            .ResolveAsync(async context =>
            {
                var after = context.GetArgument<string?>("after") is { } cursor ? ChangeCursor.Decode(cursor) : 0;
                var size = context.GetArgument<int?>("first") ?? DefaultSize;
                await using var db = await context.OpenRegistryAsync();
                var events = await db.AuditEvents.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id)
                    .Take(size + 1).ToListAsync(context.CancellationToken);
                var page = events.Take(size).ToList();
                int? total = context.Selects("totalCount") ? await db.AuditEvents.CountAsync(e => e.Id > after, context.CancellationToken) : null;
                var edges = page.Select(e => new Edge<AuditEvent>(e, x => ChangeCursor.Encode(x.Id))).ToList();
                return new Connection<AuditEvent>(edges,
                    new PageInfo(events.Count > size, after > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor ?? context.GetArgument<string?>("after")),
                    total);
            });
    }
}
