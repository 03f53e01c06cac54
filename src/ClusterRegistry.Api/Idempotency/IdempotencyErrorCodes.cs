namespace ClusterRegistry.Api.Idempotency;

/// <summary>Stable <c>extensions.code</c> values of refusals under the <c>Idempotency-Key</c> contract.</summary>
public static class IdempotencyErrorCodes
{
    /// <summary>400: the header is empty, repeated or longer than 255 characters.</summary>
    public const string InvalidKey = "INVALID_IDEMPOTENCY_KEY";

    /// <summary>422: the key was used before by this official with another request.</summary>
    public const string KeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>409: the first request with this key is still running; retry later.</summary>
    public const string KeyInProgress = "IDEMPOTENCY_KEY_IN_PROGRESS";
}
