namespace ClusterRegistry.Api.Limits;

/// <summary>Limits on the shape and cost of a GraphQL operation, bound from the <c>QueryLimits</c> configuration section.</summary>
public sealed class QueryLimitsOptions
{
    public const string SectionName = "QueryLimits";

    /// <summary>Deepest nesting of fields with selections. The standard introspection query needs 13.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost: each field costs 1, times the sizes of the lists it sits in.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Estimated size of a list that is not paged (designations, children, introspection lists…).</summary>
    public int ListSizeEstimate { get; set; } = 10;

    /// <summary>What an introspection field costs relative to a data field: introspection is answered from memory.</summary>
    public double IntrospectionCostFactor { get; set; } = 0.05;

    /// <summary>Most aliased fields in the executed operation and the fragments it uses.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most fields directly in the executed operation's selection set.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Longest an execution may run before it is cancelled and answered with <c>EXECUTION_TIMEOUT</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    // Checked on the parsed document before GraphQL.NET validates it (see DocumentLimitsCheck), so that
    // validation, whose cost grows faster than the document, only ever sees a document of bounded size.

    /// <summary>Deepest nesting the parser accepts (selections, list and object literals, type wrappers).</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Most tokens (names, punctuation, values) in the document, counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Most syntax nodes in the document (fields, arguments, values, directives, fragments...).</summary>
    public int MaxNodes { get; set; } = 5_000;

    /// <summary>Most fields written in the document.</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Most fields an operation selects once every fragment spread is replaced by its fragment's fields.</summary>
    public int MaxExpandedFields { get; set; } = 2_000;

    /// <summary>Most fields in one selection set, fragment spreads expanded (fields of one set are compared pairwise).</summary>
    public int MaxSelectionsPerSet { get; set; } = 100;

    /// <summary>
    /// Most fields that repeat a response name already selected in the same selection set (fragments included),
    /// summed over the document: validation compares such fields pairwise.
    /// </summary>
    public int MaxRepeatedFields { get; set; } = 20;

    /// <summary>Most operations in the document.</summary>
    public int MaxOperations { get; set; } = 20;

    /// <summary>Most fragment definitions in the document.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>Most fragment spreads written in the document.</summary>
    public int MaxFragmentSpreads { get; set; } = 200;

    /// <summary>Most arguments written in the document (on fields and directives).</summary>
    public int MaxArguments { get; set; } = 500;

    /// <summary>Most directives written in the document.</summary>
    public int MaxDirectives { get; set; } = 100;

    /// <summary>Most variables an operation declares.</summary>
    public int MaxVariables { get; set; } = 100;

    /// <summary>Most items in one list literal, or fields in one object literal.</summary>
    public int MaxLiteralItems { get; set; } = 100;

    /// <summary>
    /// Most JSON values (objects, arrays, scalars) in the request's variables, checked as the request is read, before
    /// GraphQL.NET coerces them.
    /// </summary>
    public int MaxVariableValues { get; set; } = 5_000;

    /// <summary>The same bound for a signed-in official, whose import of a published annex sends every row as variables.</summary>
    public int MaxOfficialVariableValues { get; set; } = 100_000;

    /// <summary>Most filter objects in one <c>where</c> argument, <c>and</c>/<c>or</c> items and nested lists' filters included.</summary>
    public int MaxFilterConditions { get; set; } = 100;

    /// <summary>Deepest nesting of filter objects in one <c>where</c> argument.</summary>
    public int MaxFilterDepth { get; set; } = 10;

    /// <summary>Longest text operand of a filter (<c>eq</c>, <c>contains</c>, <c>startsWith</c>, <c>in</c> items...).</summary>
    public int MaxFilterTextLength { get; set; } = 200;
}
