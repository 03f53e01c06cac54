namespace ClusterRegistry.Api.Mutations;

/// <summary>Thrown inside a mutation to refuse it with a typed payload error; nothing is written.</summary>
public sealed class MutationRefused(MutationError error) : Exception(error.Message)
{
    public MutationError Error { get; } = error;

    public static MutationRefused NotFound(string field, string what) =>
        new(new MutationError(MutationErrorKind.NotFound, "NOT_FOUND", $"No {what} has that id.", field));

    public static MutationRefused InvalidInput(string field, string message) =>
        new(new MutationError(MutationErrorKind.InvalidInput, "INVALID_INPUT", message, field));
}
