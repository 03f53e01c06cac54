using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Clusters;
using ClusterRegistry.Data;
using GraphQL;

namespace ClusterRegistry.Api.Clusters;

/// <summary>
/// The clusters a search page asks for: <c>where</c> conditions plus free text. Text is split on white space and
/// every word must appear in the Chinese or English name or the lead industry (Chinese needs no word breaks:
/// "电子 材料" finds 电子氟材料).
/// </summary>
public sealed record ClusterSearch(ClusterFilter? Where, string? Text, DateOnly StatusDate)
{
    public const int MaxTextLength = 100;
    public const int MaxWords = 10;

    public static ClusterSearch From(IResolveFieldContext context) => new(
        context.GetArgument<ClusterFilter?>("where").Checked(context),
        context.GetArgument<string?>("search"),
        context.StatusDate("statusOn"));

    private static readonly JsonSerializerOptions CanonicalJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Whether the search has no conditions at all, so it matches every cluster.</summary>
    public bool MatchesEverything => Where is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>The search as text: equal searches give equal text, so it can key cached results.</summary>
    public string CanonicalForm() => string.Join('\n', JsonSerializer.Serialize(Where, CanonicalJson), Text?.Trim(), StatusDate.ToString("O"));

    public IQueryable<Cluster> Apply(RegistryDbContext db)
    {
        var query = db.Clusters.AsQueryable();
        if (Where is not null) query = query.Where(Where.ToPredicate(db.Regions, StatusDate));
        foreach (var word in Words()) query = query.Where(Mentions(word));
        return query;
    }

    private IEnumerable<string> Words()
    {
        if (string.IsNullOrWhiteSpace(Text)) return [];
        if (Text.Length > MaxTextLength)
            throw new ExecutionError($"`search` is at most {MaxTextLength} characters.") { Code = ErrorCodes.InvalidFilter };
        var words = Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        return words.Count <= MaxWords
            ? words
            : throw new ExecutionError($"`search` takes at most {MaxWords} words.") { Code = ErrorCodes.InvalidFilter };
    }

    private static Expression<Func<Cluster, bool>> Mentions(string word)
    {
        var text = new StringOperationFilter { Contains = word };
        return Predicate.Or([
            text.ToPredicate<Cluster>(c => c.NameZh),
            text.ToPredicate<Cluster>(c => c.LeadIndustry),
            text.ToPredicate<Cluster>(c => c.NameEn),
        ]);
    }
}
