using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace ClusterRegistry.Api.Clusters;

/// <summary>What a page of clusters asks of each cluster, read from the document before the page is resolved.</summary>
internal static class ClusterSelection
{
    /// <summary>Whether the connection's clusters (<c>nodes</c> or <c>edges { node }</c>) select <c>status</c>.</summary>
    public static bool SelectsStatus(IResolveFieldContext connection)
    {
        var document = connection.Document;
        var clusterSets = Fields(connection.FieldAst.SelectionSet, document)
            .SelectMany(field => field.Name.Value.Span switch
            {
                "nodes" => [field.SelectionSet],
                "edges" => Fields(field.SelectionSet, document).Where(f => f.Name.Value.Span is "node").Select(f => f.SelectionSet),
                _ => [],
            });
        return clusterSets.Any(set => Fields(set, document).Any(f => f.Name.Value.Span is "status"));
    }

    // The fields of a selection set, with those of its fragments (each fragment once).
    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? set, GraphQLDocument document, HashSet<string>? seen = null)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Fields(inline.SelectionSet, document, seen)) yield return field;
                    break;
                case GraphQLFragmentSpread spread when (seen ??= []).Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    foreach (var field in Fields(fragment.SelectionSet, document, seen)) yield return field;
                    break;
            }
        }
    }
}
