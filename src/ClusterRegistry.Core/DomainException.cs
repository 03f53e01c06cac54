namespace ClusterRegistry;

/// <summary>A registry rule that a requested change would break. Nothing is written when one is thrown.</summary>
public sealed class DomainException(DomainError error, string message) : Exception(message)
{
    public DomainError Error { get; } = error;
}

public enum DomainError
{
    NotFound,
    InvalidRegion,
    InvalidIndustry,
    InvalidDate,
    InvalidValue,
    DuplicateDesignation,
    DesignationRevoked,
    ReviewNotDue,
    DuplicateReport,
    DuplicateBatch,
    DuplicateCluster,
    Forbidden,
    Conflict,
}
