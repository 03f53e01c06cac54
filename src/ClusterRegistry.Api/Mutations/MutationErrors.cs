namespace ClusterRegistry.Api.Mutations;

internal static class MutationErrors
{
    public static readonly MutationError Conflict = new(MutationErrorKind.Conflict, "CONFLICT",
        "The record was changed by someone else since it was read. Read it again and retry.");

    public static readonly MutationError Duplicate = new(MutationErrorKind.RuleViolation, "DUPLICATE",
        "A record with the same identity already exists.");

    public static MutationError From(DomainException e) => e.Error switch
    {
        DomainError.NotFound => new(MutationErrorKind.NotFound, "NOT_FOUND", e.Message),
        DomainError.InvalidRegion or DomainError.InvalidIndustry or DomainError.InvalidDate or DomainError.InvalidValue =>
            new(MutationErrorKind.InvalidInput, Code(e.Error), e.Message),
        DomainError.Conflict => Conflict,
        _ => new(MutationErrorKind.RuleViolation, Code(e.Error), e.Message),
    };

    private static string Code(DomainError error) => GraphQL.StringExtensions.ToConstantCase(error.ToString());
}
