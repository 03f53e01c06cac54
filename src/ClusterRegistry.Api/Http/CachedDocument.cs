using System.Collections.Concurrent;
using System.Text;
using GraphQL;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace ClusterRegistry.Api.Http;

/// <summary>
/// A parsed document that passed validation, and the anonymous requests it has since passed the cached-document rules
/// for. Those rules (authorization, method, depth, cost, aliases, root fields) depend only on the document, the
/// operation, the HTTP method, the caller and the variables that size lists, so an anonymous request that matches an
/// earlier one on all of these passes them again; walking the document once more would only repeat the answer.
/// </summary>
internal sealed class CachedDocument
{
    private const int MaxRememberedPasses = 64;
    private static readonly HashSet<string> ListSizeArguments = ["first", "last", "ids"];

    private readonly ConcurrentDictionary<string, byte> _passes = new();
    private readonly string[] _sizingVariables;

    public CachedDocument(GraphQLDocument document)
    {
        Document = document;
        _sizingVariables = [.. SizingVariables.Of(document)];
    }

    public GraphQLDocument Document { get; }

    /// <summary>What the rules' outcome depends on for this request, or null if it cannot be reused (an official's request).</summary>
    public string? RuleInputs(ExecutionOptions options)
    {
        if (options.User?.Identities.Any(identity => identity.IsAuthenticated) == true) return null;
        var key = new StringBuilder(options.OperationName).Append('|');
        key.Append(options.UserContext is GraphQLHttpUserContext { HttpContext.Request.Method: var method } ? method : "-");
        foreach (var name in _sizingVariables)
        {
            key.Append('|');
            if (options.Variables?.TryGetValue(name, out var value) == true)
                key.Append(value is System.Collections.ICollection list ? $"#{list.Count}" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return key.ToString();
    }

    public bool HasPassed(string ruleInputs) => _passes.ContainsKey(ruleInputs);

    public void Passed(string ruleInputs)
    {
        if (_passes.Count < MaxRememberedPasses) _passes.TryAdd(ruleInputs, 0);
    }

    /// <summary>Variables that size a list (<c>first</c>, <c>last</c>, <c>ids</c>) or drive a directive (<c>@skip</c>, <c>@include</c>).</summary>
    private sealed class SizingVariables : ASTVisitor<SizingVariables.Context>
    {
        public static IReadOnlyCollection<string> Of(GraphQLDocument document)
        {
            var context = new Context();
            new SizingVariables().VisitAsync(document, context).AsTask().GetAwaiter().GetResult();
            return context.Names;
        }

        protected override ValueTask VisitArgumentAsync(GraphQLArgument argument, Context context)
        {
            if (context.InDirective > 0 || ListSizeArguments.Contains(argument.Name.StringValue))
                Collect(argument.Value, context.Names);
            return base.VisitArgumentAsync(argument, context);
        }

        protected override async ValueTask VisitDirectiveAsync(GraphQLDirective directive, Context context)
        {
            context.InDirective++;
            await base.VisitDirectiveAsync(directive, context);
            context.InDirective--;
        }

        private static void Collect(GraphQLValue value, SortedSet<string> names)
        {
            switch (value)
            {
                case GraphQLVariable variable: names.Add(variable.Name.StringValue); break;
                case GraphQLListValue list: foreach (var item in list.Values ?? []) Collect(item, names); break;
                case GraphQLObjectValue obj: foreach (var field in obj.Fields ?? []) Collect(field.Value, names); break;
            }
        }

        public sealed class Context : IASTVisitorContext
        {
            public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);
            public int InDirective { get; set; }
            public CancellationToken CancellationToken => default;
        }
    }
}
