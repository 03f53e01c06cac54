using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace ClusterRegistry.Api.Schema;

/// <summary>The schema as SDL, as kept in schema/schema.graphql.</summary>
public static class SchemaSdl
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
