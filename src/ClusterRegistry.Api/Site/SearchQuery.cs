using System.Text;
using System.Text.Encodings.Web;

namespace ClusterRegistry.Api.Site;

/// <summary>
/// The search page's state, read from and written to its query string, and turned into the variables of the API's
/// <c>clusters</c> and <c>clusterFacets</c> arguments. A narrower region that does not lie in the wider one is dropped
/// (the province was changed), so that the three selects always agree.
/// </summary>
public sealed record SearchQuery
{
    public static readonly IReadOnlyDictionary<string, object[]> Sorts = new Dictionary<string, object[]>
    {
        ["region"] = [new { regionCode = "ASC" }, new { name = "ASC" }],
        ["name"] = [new { name = "ASC" }],
        ["newest"] = [new { batchYear = "DESC" }, new { regionCode = "ASC" }],
        ["oldest"] = [new { batchYear = "ASC" }, new { regionCode = "ASC" }],
        ["valid"] = [new { validUntil = "DESC" }, new { regionCode = "ASC" }],
    };

    public const string DefaultSort = "region";
    public const int PageSize = 20;

    public string? Text { get; init; }
    public string? Province { get; init; }
    public string? Prefecture { get; init; }
    public string? County { get; init; }
    public string? Industry { get; init; }
    public string? Year { get; init; }
    public string? Level { get; init; }
    public string? Status { get; init; }
    public string? On { get; init; }
    public string Sort { get; init; } = DefaultSort;
    public string? After { get; init; }
    public string? Before { get; init; }

    public bool IsEmpty => this with { Sort = DefaultSort, After = null, Before = null } == new SearchQuery();

    public static SearchQuery From(IQueryCollection query)
    {
        string? Value(string key) => query[key].ToString().Trim() is { Length: > 0 } value ? value : null;
        var province = Value("province");
        var prefecture = Value("prefecture") is { } p && province is not null && p.StartsWith(province, StringComparison.Ordinal) ? p : null;
        var county = Value("county") is { } c && prefecture is not null && c.StartsWith(prefecture, StringComparison.Ordinal) ? c : null;
        var sort = Value("sort") ?? DefaultSort;
        if (!Sorts.ContainsKey(sort)) throw SiteProblem.BadRequest($"Unknown sort order '{sort}'.");
        return new SearchQuery
        {
            Text = Value("q"),
            Province = province,
            Prefecture = prefecture,
            County = county,
            Industry = Value("industry"),
            Year = Value("year"),
            Level = Value("level"),
            Status = Value("status"),
            On = Value("on"),
            Sort = sort,
            After = Value("after"),
            Before = Value("before"),
        };
    }

    /// <summary>The API's <c>where</c> for this state; <paramref name="divisionsOf"/> expands an industry section.</summary>
    public Dictionary<string, object>? Where(Func<string, IReadOnlyList<string>> divisionsOf)
    {
        var where = new Dictionary<string, object>();
        if (Province is not null) where["province"] = Code(Province);
        if (Prefecture is not null) where["prefecture"] = Code(Prefecture);
        if (County is not null) where["county"] = Code(County);
        if (Industry is not null)
            where["industryCode"] = Industry.Length == 1
                ? new { @in = divisionsOf(Industry.ToUpperInvariant()) }
                : new { eq = Industry };
        var designation = new Dictionary<string, object>();
        if (Year is not null) designation["batchYear"] = new { eq = int.TryParse(Year, out var year) ? year : (object)Year };
        if (Level is not null) designation["level"] = new { eq = Level.ToUpperInvariant() };
        if (Status is not null) designation["status"] = new { eq = Status.ToUpperInvariant().Replace('-', '_') };
        if (designation.Count > 0) where["designations"] = new { some = designation };
        return where.Count > 0 ? where : null;
    }

    public object[] Order => Sorts[Sort];

    /// <summary>This state with some values changed, as a query string (empty values left out; paging reset unless given).</summary>
    public string Url(string path, Func<SearchQuery, SearchQuery>? change = null)
    {
        var state = change?.Invoke(this with { After = null, Before = null }) ?? this;
        var pairs = new List<(string, string?)>
        {
            ("q", state.Text), ("province", state.Province), ("prefecture", state.Prefecture), ("county", state.County),
            ("industry", state.Industry), ("year", state.Year), ("level", state.Level), ("status", state.Status), ("on", state.On),
            ("sort", state.Sort == DefaultSort ? null : state.Sort), ("after", state.After), ("before", state.Before),
        };
        var query = new StringBuilder();
        foreach (var (key, value) in pairs.Where(pair => !string.IsNullOrEmpty(pair.Item2)))
            query.Append(query.Length == 0 ? '?' : '&').Append(key).Append('=').Append(UrlEncoder.Default.Encode(value!));
        return path + query;
    }

    private static object Code(string code) => new { code = new { eq = code } };
}
