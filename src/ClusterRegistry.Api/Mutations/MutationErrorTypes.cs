using GraphQL.Types;

namespace ClusterRegistry.Api.Mutations;

public sealed class ErrorInterface : InterfaceGraphType<MutationError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "Why a mutation was refused. Nothing was written.";
        Field(e => e.Message).Description("A readable explanation.");
        Field(e => e.Code).Description("A stable, machine-readable code, e.g. NOT_FOUND, INVALID_DATE, DESIGNATION_REVOKED, CONFLICT.");
    }
}

public abstract class MutationErrorType : ObjectGraphType<MutationError>
{
    protected MutationErrorType(MutationErrorKind kind, string description, bool hasField)
    {
        Name = kind + "Error";
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = o => o is MutationError e && e.Kind == kind;
        Field(e => e.Message).Description("A readable explanation.");
        Field(e => e.Code).Description("A stable, machine-readable code.");
        if (hasField) Field(e => e.Field, nullable: true).Description("The input field at fault, where one is.");
    }
}

public sealed class NotFoundErrorType() : MutationErrorType(MutationErrorKind.NotFound, "An id in the input names no record.", true);

public sealed class InvalidInputErrorType() : MutationErrorType(MutationErrorKind.InvalidInput,
    "An input value is malformed, out of range, or inconsistent with the record (e.g. dates outside the validity).", true);

public sealed class RuleViolationErrorType() : MutationErrorType(MutationErrorKind.RuleViolation,
    "The change would break a registry rule (e.g. reviewing a revoked designation, a second active designation at a level).", false);

public sealed class ConflictErrorType() : MutationErrorType(MutationErrorKind.Conflict,
    "The record changed since it was read (optimistic concurrency). Read it again and retry.", false);

/// <summary>The errors one mutation can return, named as HotChocolate names them: <c>{Mutation}Error</c>.</summary>
public abstract class MutationErrorUnion : UnionGraphType
{
    protected MutationErrorUnion(string mutation)
    {
        Name = mutation + "Error";
        Description = $"The typed errors of {char.ToLowerInvariant(mutation[0])}{mutation[1..]}.";
        Type<NotFoundErrorType>();
        Type<InvalidInputErrorType>();
        Type<RuleViolationErrorType>();
        Type<ConflictErrorType>();
    }
}

/// <summary>A mutation payload named as HotChocolate names it: <c>{Mutation}Payload</c> with the result and <c>errors</c>.</summary>
public abstract class PayloadType<TResultType, TResult, TErrorUnion> : ObjectGraphType<MutationPayload<TResult>>
    where TResultType : IGraphType
    where TResult : class
    where TErrorUnion : MutationErrorUnion
{
    protected PayloadType(string mutation, string resultField, string resultDescription)
    {
        Name = mutation + "Payload";
        Description = $"The result of {char.ToLowerInvariant(mutation[0])}{mutation[1..]}.";
        Field<TResultType>(resultField).Description(resultDescription + " Null when the mutation was refused.").Resolve(c => c.Source.Result);
        Field<ListGraphType<NonNullGraphType<TErrorUnion>>>("errors").Description("Why the mutation was refused; null when it succeeded.")
            .Resolve(c => c.Source.Errors);
    }
}
