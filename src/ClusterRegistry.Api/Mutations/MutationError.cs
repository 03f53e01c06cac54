namespace ClusterRegistry.Api.Mutations;

/// <summary>A typed error in a mutation payload: the change was refused and nothing was written.</summary>
public sealed record MutationError(MutationErrorKind Kind, string Code, string Message, string? Field = null);

public enum MutationErrorKind
{
    NotFound,
    InvalidInput,
    RuleViolation,
    Conflict,
}
