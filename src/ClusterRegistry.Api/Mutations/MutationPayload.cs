namespace ClusterRegistry.Api.Mutations;

/// <summary>What a mutation returns: its result, or the typed errors that stopped it.</summary>
public sealed record MutationPayload<T>(T? Result, IReadOnlyList<MutationError>? Errors) where T : class
{
    public static MutationPayload<T> Succeeded(T result) => new(result, null);
    public static MutationPayload<T> Failed(MutationError error) => new(null, [error]);
}
