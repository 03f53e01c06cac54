namespace ClusterRegistry.Api.Limits;

/// <summary>Stable <c>extensions.code</c> values of requests refused or stopped for exceeding a limit.</summary>
public static class QueryLimitErrorCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFieldsExceeded = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
}
