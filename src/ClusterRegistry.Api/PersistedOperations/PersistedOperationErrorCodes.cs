namespace ClusterRegistry.Api.PersistedOperations;

/// <summary>Stable <c>extensions.code</c> values of refused persisted-operation requests.</summary>
public static class PersistedOperationErrorCodes
{
    public const string NotFound = "PERSISTED_OPERATION_NOT_FOUND";
    public const string Required = "PERSISTED_OPERATION_REQUIRED";
}
