namespace ClusterRegistry.Audit;

/// <summary>
/// An immutable record of one successful change: who made it, when, through which mutation, to which record,
/// and the record's values before and after (JSON). Written in the same transaction as the change.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent() { }

    public AuditEvent(DateTime occurredAtUtc, AuditActor actor, string mutation, string entityType, string entityId, int? clusterId,
        string summary, string? before, string? after)
    {
        OccurredAtUtc = DateTime.SpecifyKind(occurredAtUtc, DateTimeKind.Utc);
        ActorSubject = Truncate(actor.Subject, MaxActorLength)!;
        ActorName = Truncate(actor.Name, MaxActorLength);
        ActorRole = actor.Role;
        ActorProvinceCode = actor.ProvinceCode;
        Mutation = mutation;
        EntityType = entityType;
        EntityId = entityId;
        ClusterId = clusterId;
        Summary = summary;
        Before = before;
        After = after;
    }

    /// <summary>Token claims are not ours to bound; the audit columns are.</summary>
    public const int MaxActorLength = 200;

    public long Id { get; private set; }
    public DateTime OccurredAtUtc { get; private set; }
    public string ActorSubject { get; private set; } = "";
    public string? ActorName { get; private set; }
    public string ActorRole { get; private set; } = "";
    public string? ActorProvinceCode { get; private set; }
    public string Mutation { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";

    /// <summary>The cluster the change concerns, for its public history; null for batch records.</summary>
    public int? ClusterId { get; private set; }

    public string Summary { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}

/// <summary>The official behind a change, as the token names them.</summary>
public sealed record AuditActor(string Subject, string? Name, string Role, string? ProvinceCode);
