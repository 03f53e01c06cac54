using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Paging;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using GraphQL.Types;

namespace ClusterRegistry.Api.Changes;

/// <summary>One change in the registry-wide feed: public fields of an audit event only (never who made it).</summary>
public sealed class RegistryChangeType : ObjectGraphType<AuditEvent>
{
    public RegistryChangeType()
    {
        Name = "RegistryChange";
        Description = "One change to the registry, from its audit trail, with the changed record's public values after the change. Who made it is not shown.";
        Field<NonNullGraphType<IdGraphType>>("objectId").Description("The global id of the changed record (as `node(id:)` and the open-data files use it).")
            .Resolve(c => c.Source.EntityId);
        Field<IdGraphType>("clusterId").Description("The global id of the cluster the change concerns; null for a batch.")
            .Resolve(c => c.Source.ClusterId is { } id ? GlobalId.Encode(ClusterType.TypeName, id) : null);
        Field("objectType", a => a.EntityType).Description("The changed record's type: Cluster, Designation, IdentificationBatch, PolicySupport, …");
        Field<NonNullGraphType<RegistryChangeKindType>>("kind").Description("Whether the record was created or updated.")
            .Resolve(c => c.Source.Before is null ? RegistryChangeKind.Created : RegistryChangeKind.Updated);
        Field(a => a.Mutation).Description("The mutation that made the change, e.g. recordReviewOutcome.");
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the change was written (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.OccurredAtUtc, DateTimeKind.Utc));
        Field(a => a.Summary).Description("What changed, in words.");
        Field(a => a.After, nullable: true).Description("The record's public values after the change, as JSON (the same values `history { after }` shows).");
    }
}

public enum RegistryChangeKind
{
    Created = 1,
    Updated = 2,
}

public sealed class RegistryChangeKindType() : DescribedEnumType<RegistryChangeKind>(
    "What a change did to its record.",
    new Dictionary<RegistryChangeKind, string>
    {
        [RegistryChangeKind.Created] = "The record entered the registry.",
        [RegistryChangeKind.Updated] = "An existing record changed.",
    });

public sealed class RegistryChangeEdgeType() : EdgeType<RegistryChangeType, AuditEvent>("RegistryChange", "a change");

public sealed class RegistryChangesConnectionType() : ConnectionType<RegistryChangeType, RegistryChangeEdgeType, AuditEvent>("RegistryChanges", "registry changes, oldest first");
