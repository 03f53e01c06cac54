using System.Security.Cryptography;
using System.Text;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace ClusterRegistry.Api.PersistedOperations;

/// <summary>
/// The operations of schema/operations/*.graphql, embedded in the assembly and loaded at start-up. An operation's id is
/// the SHA-256 of its text with LF line endings, so a checkout with CRLF endings gives the same ids.
/// </summary>
public sealed class PersistedOperationStore
{
    private const string ResourcePrefix = "PersistedOperations/";
    private const string Sha256Prefix = "sha256:";

    private readonly Dictionary<string, PersistedOperation> _byId;

    public PersistedOperationStore(IEnumerable<(string Name, string Text)> files)
    {
        _byId = files.Select(file => Load(file.Name, file.Text)).ToDictionary(operation => operation.Id);
    }

    public IReadOnlyCollection<PersistedOperation> All => _byId.Values;

    /// <summary>The operation with <paramref name="documentId"/>, given as <c>sha256:&lt;hex&gt;</c> or as plain hex.</summary>
    public PersistedOperation? Find(string documentId)
    {
        var hex = documentId.StartsWith(Sha256Prefix, StringComparison.Ordinal) ? documentId[Sha256Prefix.Length..] : documentId;
        return _byId.GetValueOrDefault(hex.ToLowerInvariant());
    }

    public static string IdOf(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.ReplaceLineEndings("\n"))));

    public static PersistedOperationStore FromEmbeddedFiles()
    {
        var assembly = typeof(PersistedOperationStore).Assembly;
        return new PersistedOperationStore(assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
                return (name[ResourcePrefix.Length..], reader.ReadToEnd());
            }));
    }

    // A file that does not parse stops the start-up, rather than failing the clients that rely on it.
    private static PersistedOperation Load(string name, string text)
    {
        try
        {
            Parser.Parse(text);
        }
        catch (GraphQLParserException e)
        {
            throw new InvalidOperationException($"Persisted operation {name} does not parse: {e.Message}", e);
        }
        var document = text.ReplaceLineEndings("\n");
        return new PersistedOperation(name, IdOf(document), document);
    }
}
