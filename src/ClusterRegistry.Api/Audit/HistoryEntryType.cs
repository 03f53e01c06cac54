using ClusterRegistry.Api.Auth;
using ClusterRegistry.Audit;
using GraphQL.Types;

namespace ClusterRegistry.Api.Audit;

/// <summary>One change in a cluster's public history. Who made it is shown to officials only.</summary>
public sealed class HistoryEntryType : ObjectGraphType<AuditEvent>
{
    public HistoryEntryType()
    {
        Name = "HistoryEntry";
        Description = "A recorded change to a cluster or its designations, from the audit trail.";
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the change was written (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.OccurredAtUtc, DateTimeKind.Utc));
        Field(a => a.Mutation).Description("The mutation that made the change, e.g. recordReviewOutcome.");
        Field(a => a.EntityType).Description("The kind of record changed: Cluster, Designation, PolicySupport, AnnualReport.");
        Field(a => a.EntityId).Description("The global id of the changed record.");
        Field(a => a.Summary).Description("What changed, in words.");
        Field(a => a.Before, nullable: true).Description("The record's values before the change, as JSON; null when it was created.");
        Field(a => a.After, nullable: true).Description("The record's values after the change, as JSON.");
        Field<ActorType>("actor").Description("Who made the change. Visible to signed-in registry officials only; null for everyone else.")
            .Resolve(c => Official.From(c.User) is null ? null : c.Source);
    }
}

public sealed class ActorType : ObjectGraphType<AuditEvent>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "The official behind a change, as their token named them.";
        Field("subject", a => a.ActorSubject).Description("The token subject (Entra object id).");
        Field("name", a => a.ActorName, nullable: true).Description("The display name.");
        Field("role", a => a.ActorRole).Description("The app role used.");
        Field("provinceCode", a => a.ActorProvinceCode, nullable: true).Description("A provincial official's province.");
    }
}
