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
    public const string DocumentTooDeep = "DOCUMENT_TOO_DEEP";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string UnsupportedOperation = "UNSUPPORTED_OPERATION";
    public const string VariablesTooLarge = "VARIABLES_TOO_LARGE";
}
