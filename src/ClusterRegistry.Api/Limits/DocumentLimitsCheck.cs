using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// Parses a document the document cache does not hold and refuses it, before GraphQL.NET validates it, when it is
/// nested deeper than the parser allows or breaks a <see cref="DocumentShape"/> limit. Validation then only ever sees
/// documents of bounded size.
/// </summary>
internal sealed class DocumentLimitsCheck(QueryLimitsOptions limits) : IConfigureExecution
{
    // Inside the document cache (200): only documents it does not hold are parsed and measured.
    public float SortOrder => 250;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return next(options);

        GraphQLDocument document;
        try
        {
            // Building the syntax tree costs more than reading tokens: a document with too many is refused unparsed.
            if (HasMoreTokensThan(query, limits.MaxTokens))
                return Refuse(QueryLimitErrorCodes.DocumentTooLarge, $"The document holds more than {limits.MaxTokens} tokens.");
            document = Parser.Parse(query, new ParserOptions { MaxDepth = limits.MaxParserDepth, Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse(QueryLimitErrorCodes.DocumentTooDeep,
                $"The document is nested more than {limits.MaxParserDepth} levels deep (selections, literals or type wrappers).");
        }
        catch (GraphQLSyntaxErrorException)
        {
            // GraphQL.NET parses it again and reports the syntax error in its usual form.
            return next(options);
        }

        if (DocumentShape.Check(document, limits) is { } broken)
            return Refuse(broken.Code, broken.Message);

        options.Document = document;
        return next(options);
    }

    private static bool HasMoreTokensThan(string query, int max)
    {
        var (position, count) = (0, 0);
        while (true)
        {
            var token = Lexer.Lex(query, position);
            if (token.Kind == TokenKind.EOF) return false;
            if (++count > max) return true;
            position = token.End;
        }
    }

    private static Task<ExecutionResult> Refuse(string code, string message) =>
        Task.FromResult(new ExecutionResult(new DocumentLimitError(code, message)));
}

/// <summary>A document refused before validation for its size or depth; answered with 400.</summary>
public sealed class DocumentLimitError : DocumentError
{
    public DocumentLimitError(string code, string message) : base(message)
    {
        Code = code;
    }
}
