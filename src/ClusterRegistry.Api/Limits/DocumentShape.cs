using GraphQLParser.AST;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// One linear walk over a parsed document that measures what GraphQL.NET's validation and analysis cost grows with,
/// and names the first limit it breaks. Iterative (no recursion per node) and stops at the first broken limit.
/// </summary>
internal sealed class DocumentShape(QueryLimitsOptions limits)
{
    private int _nodes, _fields, _aliases, _spreads, _arguments, _directives;

    /// <summary>The limit the document breaks (code and message), or null when it keeps all of them.</summary>
    public static (string Code, string Message)? Check(GraphQLDocument document, QueryLimitsOptions limits)
    {
        var shape = new DocumentShape(limits);
        return shape.Walk(document) is { } message
            ? (shape._aliases > limits.MaxAliases ? QueryLimitErrorCodes.MaxAliasesExceeded : QueryLimitErrorCodes.DocumentTooLarge, message)
            : null;
    }

    private string? Walk(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        if (operations.Count > limits.MaxOperations)
            return $"The document holds {operations.Count} operations; at most {limits.MaxOperations} are allowed.";
        if (fragments.Count > limits.MaxFragments)
            return $"The document holds {fragments.Count} fragments; at most {limits.MaxFragments} are allowed.";
        foreach (var operation in operations)
        {
            var variables = operation.Variables?.Items.Count ?? 0;
            if (variables > limits.MaxVariables)
                return $"An operation declares {variables} variables; at most {limits.MaxVariables} are allowed.";
        }

        var pending = new Stack<ASTNode>();
        pending.Push(document);
        while (pending.TryPop(out var node))
        {
            if (++_nodes > limits.MaxNodes)
                return $"The document holds more than {limits.MaxNodes} syntax nodes.";
            if (Visit(node, pending) is { } broken)
                return broken;
        }
        return Expanded(operations, fragments);
    }

    private string? Visit(ASTNode node, Stack<ASTNode> pending)
    {
        switch (node)
        {
            case GraphQLDocument document:
                PushAll(pending, document.Definitions);
                break;
            case GraphQLOperationDefinition operation:
                Push(pending, operation.Directives);
                foreach (var variable in operation.Variables?.Items ?? [])
                {
                    Push(pending, variable.Directives);
                    if (variable.DefaultValue is { } value) pending.Push(value);
                }
                pending.Push(operation.SelectionSet);
                break;
            case GraphQLFragmentDefinition fragment:
                Push(pending, fragment.Directives);
                pending.Push(fragment.SelectionSet);
                break;
            case GraphQLArguments arguments:
                PushAll(pending, arguments.Items);
                break;
            case GraphQLDirectives directives:
                PushAll(pending, directives.Items);
                break;
            case GraphQLSelectionSet set:
                PushAll(pending, set.Selections);
                break;
            case GraphQLField field:
                if (++_fields > limits.MaxFields)
                    return $"The document selects more than {limits.MaxFields} fields.";
                if (field.Alias is not null && ++_aliases > limits.MaxAliases)
                    return $"The document uses more than {limits.MaxAliases} aliases.";
                Push(pending, field.Arguments);
                Push(pending, field.Directives);
                if (field.SelectionSet is { } selections) pending.Push(selections);
                break;
            case GraphQLFragmentSpread spread:
                if (++_spreads > limits.MaxFragmentSpreads)
                    return $"The document spreads fragments more than {limits.MaxFragmentSpreads} times.";
                Push(pending, spread.Directives);
                break;
            case GraphQLInlineFragment inline:
                Push(pending, inline.Directives);
                pending.Push(inline.SelectionSet);
                break;
            case GraphQLDirective directive:
                if (++_directives > limits.MaxDirectives)
                    return $"The document uses more than {limits.MaxDirectives} directives.";
                Push(pending, directive.Arguments);
                break;
            case GraphQLArgument argument:
                if (++_arguments > limits.MaxArguments)
                    return $"The document passes more than {limits.MaxArguments} arguments.";
                pending.Push(argument.Value);
                break;
            case GraphQLListValue list:
                if (list.Values is { Count: var items } && items > limits.MaxLiteralItems)
                    return $"A list literal holds {items} items; at most {limits.MaxLiteralItems} are allowed.";
                PushAll(pending, list.Values);
                break;
            case GraphQLObjectValue obj:
                if (obj.Fields is { Count: var fields } && fields > limits.MaxLiteralItems)
                    return $"An object literal holds {fields} fields; at most {limits.MaxLiteralItems} are allowed.";
                foreach (var field in obj.Fields ?? []) pending.Push(field.Value);
                break;
        }
        return null;
    }

    /// <summary>
    /// Fields per operation and per selection set once fragment spreads are replaced by their fragments, and fields
    /// that repeat a response name within a set (validation compares those pairwise). Each fragment is measured once,
    /// so nested spreads cannot multiply the work; sums saturate.
    /// </summary>
    private string? Expanded(List<GraphQLOperationDefinition> operations, List<GraphQLFragmentDefinition> fragments)
    {
        var byName = new Dictionary<string, GraphQLFragmentDefinition>();
        foreach (var fragment in fragments) byName.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        var measured = new Dictionary<GraphQLFragmentDefinition, SetSize>();
        var inProgress = new HashSet<GraphQLFragmentDefinition>();
        string? broken = null;
        long repeats = 0;

        // Recursion follows fragment spreads only, at most MaxFragments deep.
        SetSize Fragment(GraphQLFragmentDefinition fragment)
        {
            if (measured.TryGetValue(fragment, out var known)) return known;
            // A cycle is refused by validation; counting it once here keeps the walk finite.
            if (!inProgress.Add(fragment)) return new SetSize();
            var size = Set(fragment.SelectionSet, null);
            inProgress.Remove(fragment);
            return measured[fragment] = size;
        }

        // The fields a set holds at its own level (inline fragments and spreads flattened) by response name, and the
        // total under it. A set that spreads into its parent adds to the parent's names.
        SetSize Set(GraphQLSelectionSet set, SetSize? into)
        {
            var size = into ?? new SetSize();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        size.Add((field.Alias?.Name ?? field.Name).StringValue, 1 + (field.SelectionSet is { } sub ? Set(sub, null).Total : 0));
                        break;
                    case GraphQLInlineFragment inline:
                        Set(inline.SelectionSet, size);
                        break;
                    case GraphQLFragmentSpread spread when byName.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        size.Merge(Fragment(fragment));
                        break;
                }
            }
            if (into is null)
            {
                if (size.Direct > limits.MaxSelectionsPerSet)
                    broken ??= $"A selection set holds {size.Direct} fields (fragments included); at most {limits.MaxSelectionsPerSet} are allowed.";
                repeats = Math.Min(repeats + size.Repeats, int.MaxValue);
            }
            return size;
        }

        foreach (var operation in operations)
        {
            var total = Set(operation.SelectionSet, null).Total;
            if (broken is not null) return broken;
            if (total > limits.MaxExpandedFields)
                return $"An operation selects {total} fields once its fragments are expanded; at most {limits.MaxExpandedFields} are allowed.";
        }
        if (repeats > limits.MaxRepeatedFields)
            return $"The document repeats a response name within a selection set {repeats} times; at most {limits.MaxRepeatedFields} repeats are allowed.";
        return broken;
    }

    private sealed class SetSize
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

        public long Total { get; private set; }
        public long Direct { get; private set; }
        public long Repeats { get; private set; }

        public void Add(string responseName, long total, int count = 1)
        {
            _names[responseName] = _names.GetValueOrDefault(responseName) + count;
            Repeats = Math.Min(Repeats + (_names[responseName] > count ? count : count - 1), int.MaxValue);
            Total = Math.Min(Total + total, int.MaxValue);
            Direct = Math.Min(Direct + count, int.MaxValue);
        }

        public void Merge(SetSize fragment)
        {
            foreach (var (name, count) in fragment._names) Add(name, 0, count);
            Total = Math.Min(Total + fragment.Total, int.MaxValue);
        }
    }

    private static void Push<T>(Stack<ASTNode> pending, T? node) where T : ASTNode
    {
        if (node is not null) pending.Push(node);
    }

    private static void PushAll<T>(Stack<ASTNode> pending, List<T>? nodes) where T : ASTNode
    {
        if (nodes is null) return;
        for (var i = nodes.Count - 1; i >= 0; i--) pending.Push(nodes[i]);
    }
}
