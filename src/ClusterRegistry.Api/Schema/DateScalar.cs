using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

/// <summary>An ISO-8601 calendar date (yyyy-MM-dd), named as HotChocolate names it.</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date in ISO-8601 form, e.g. \"2025-12-31\".";
    }
}
