namespace ClusterRegistry.Api.Schema;

/// <summary>Stable <c>extensions.code</c> values of the errors the registry's resolvers raise.</summary>
public static class ErrorCodes
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPaging = "INVALID_PAGING";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidSort = "INVALID_SORT";
}
