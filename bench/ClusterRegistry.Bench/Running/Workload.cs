using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Bench.Generation;
using Microsoft.Data.Sqlite;

namespace ClusterRegistry.Bench.Running;

/// <summary>One HTTP request the load generator sends.</summary>
internal sealed record RequestSpec(string Method, string PathAndQuery, string? Body, string? Authorization = null)
{
    public const string GraphQLPath = "/graphql";

    public static RequestSpec GraphQL(string query, object variables, string? authorization = null) =>
        new("POST", GraphQLPath, JsonSerializer.Serialize(new { query, variables }), authorization);

    public static RequestSpec Get(string pathAndQuery) => new("GET", pathAndQuery, null);
}

/// <summary>An operation the partner portal sends, as GraphQL requests and as the equivalent REST requests.</summary>
/// <param name="SingleUse">Each request is sent once (its effect or its cache entry would make a repeat a different measurement).</param>
internal sealed record Operation(string Key, string Title, OperationKind Kind, IReadOnlyList<RequestSpec> GraphQL, IReadOnlyList<RequestSpec>? Rest,
    bool SingleUse = false);

internal enum OperationKind { List, Detail, Mutation }

/// <summary>The request parameters, drawn from the generated database so every request finds data.</summary>
internal sealed class Fixture
{
    public required IReadOnlyList<string> Provinces { get; init; }
    public required IReadOnlyList<string> Industries { get; init; }
    public required IReadOnlyList<int> ClusterIds { get; init; }
    public required int Clusters { get; init; }
    public required DateOnly On { get; init; }

    public static Fixture Load(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var provinces = Strings(connection, "SELECT ProvinceCode FROM Clusters GROUP BY ProvinceCode ORDER BY COUNT(*) DESC LIMIT 8");
        var industries = Strings(connection, "SELECT IndustryCode FROM Clusters WHERE IndustryCode IS NOT NULL GROUP BY IndustryCode ORDER BY COUNT(*) DESC LIMIT 6");
        var max = Convert.ToInt32(Scalar(connection, "SELECT MAX(Id) FROM Clusters"), CultureInfo.InvariantCulture);
        var count = Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM Clusters"), CultureInfo.InvariantCulture);
        var random = new Random(11);
        // Half the detail requests go to clusters with policy supports, so that part of the detail is exercised.
        var withPolicies = Strings(connection, $"SELECT ClusterId FROM ClusterPolicySupports WHERE rowid % 7 = 0 LIMIT 250")
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        var ids = withPolicies.Concat(Enumerable.Range(0, 250).Select(_ => random.Next(1, max + 1))).Distinct().OrderBy(_ => random.Next()).ToList();
        return new Fixture { Provinces = provinces, Industries = industries, ClusterIds = ids, Clusters = count, On = RegistryGenerator.Today };
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        return values;
    }
}

/// <summary>The portal's operations. The GraphQL documents select what the REST baseline returns.</summary>
internal static class Workload
{
    public const int PageSize = 50;

    public const string ListItem = """
        fragment ListItem on Cluster {
          id name leadIndustry industryCode firstBatchYear validUntil
          province { name } county { name }
          status(on: $on)
        }
        """;

    public const string ProvincePageQuery = """
        query ProvincePage($province: String!, $on: Date!) {
          clusters(first: 50, where: { province: { code: { eq: $province } } }) {
            edges { cursor node { ...ListItem } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + "\n" + ListItem;

    public const string IndustryStatusQuery = """
        query IndustryStatus($industry: String!, $on: Date!) {
          clusters(first: 50, statusOn: $on, where: {
              industryCode: { eq: $industry },
              designations: { some: { level: { eq: NATIONAL }, status: { eq: ACTIVE } } } }) {
            edges { cursor node { ...ListItem } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + "\n" + ListItem;

    public const string SearchQuery = """
        query Search($text: String!, $on: Date!) {
          clusters(first: 50, search: $text) {
            edges { cursor node { ...ListItem } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + "\n" + ListItem;

    public const string WalkQuery = """
        query Walk($after: String, $on: Date!) {
          clusters(first: 50, after: $after, order: [{ name: ASC }]) {
            edges { cursor node { ...ListItem } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + "\n" + ListItem;

    public const string FacetsQuery = """
        query Facets($on: Date!) {
          clusterFacets(statusOn: $on) {
            totalCount
            byProvince { value label count }
            byIndustry { value label count }
            byBatchYear(level: NATIONAL) { value label count }
            byStatus(level: NATIONAL) { value label count }
          }
        }
        """;

    public const string DetailQuery = """
        query Detail($id: ID!, $on: Date!) {
          cluster(id: $id) {
            id name nameEn leadIndustry industryCode industry { code nameZh }
            province { code name } prefecture { code name } county { code name }
            operatingInstitution description firstBatchYear validUntil status(on: $on) source { url note }
            designations {
              id level validFrom initialValidUntil validUntil status(on: $on)
              batch { id year level issuingAuthority announcementDocument }
              reviews { outcome decidedOn document extendedUntil }
              revocation { ground revokedOn document note }
            }
            policySupports { id kind issuingLevel issuingAuthority title startsOn endsOn amountCny }
          }
        }
        """;

    private static string GraphQLGet(string query, object variables) =>
        $"{RequestSpec.GraphQLPath}?query={Uri.EscapeDataString(query)}&variables={Uri.EscapeDataString(JsonSerializer.Serialize(variables))}";

    private static string SitePath(string text, string province, string extra) =>
        $"/search?q={Uri.EscapeDataString(text)}&province={province}{extra}";

    /// <summary>The persisted operation the search page runs, by documentId, with the variables the page sends.</summary>
    private static RequestSpec SiteSearchOperation(string text, string province)
    {
        var document = System.IO.File.ReadAllText(Path.Combine(BenchPaths.RepositoryRoot, "schema", "operations", "site", "Search.graphql"));
        var where = new { province = new { code = new { eq = province } } };
        var body = JsonSerializer.Serialize(new
        {
            documentId = "sha256:" + ClusterRegistry.Api.PersistedOperations.PersistedOperationStore.IdOf(document),
            variables = new
            {
                search = text, where, whereOutsideRegion = (object?)null, order = new object[] { new { regionCode = "ASC" }, new { name = "ASC" } },
                first = 20, province, withPrefectures = true, withCounties = false,
            },
        });
        return new RequestSpec("POST", RequestSpec.GraphQLPath, body);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every other day going back from the run's date: 20,000 dates no other request uses.</summary>
    private static IEnumerable<string> UncachedDates(DateOnly on, int offset) =>
        Enumerable.Range(0, 20_000).Select(i => Iso(on.AddDays(-1 - offset - 2 * i)));

    /// <summary>The read operations; the cursor-walk operations are added once the walk has found its cursors.</summary>
    public static List<Operation> ReadOperations(Fixture f)
    {
        var on = Iso(f.On);
        return
        [
            new("province-page", "Page of 50 by province", OperationKind.List,
                f.Provinces.Select(p => RequestSpec.GraphQL(ProvincePageQuery, new { province = p, on })).ToList(),
                f.Provinces.Select(p => RequestSpec.Get($"/rest/clusters?province={p}&first=50&on={on}")).ToList()),
            // As a portal should poll: GET, so the API's output cache answers repeats until the registry changes. No
            // REST counterpart: this measures the cache, not the GraphQL layer.
            new("province-page-get", "Page of 50 by province, GET (output cache)", OperationKind.List,
                f.Provinces.Select(p => RequestSpec.Get(GraphQLGet(ProvincePageQuery, new { province = p, on }))).ToList(), null),
            new("industry-status", "Industry + status filter (NATIONAL, ACTIVE)", OperationKind.List,
                f.Industries.Select(i => RequestSpec.GraphQL(IndustryStatusQuery, new { industry = i, on })).ToList(),
                f.Industries.Select(i => RequestSpec.Get($"/rest/clusters?industry={i}&status=ACTIVE&first=50&on={on}")).ToList()),
            new("detail", "Cluster detail (designations, reviews, policy supports)", OperationKind.Detail,
                f.ClusterIds.Select(id => RequestSpec.GraphQL(DetailQuery, new { id = GlobalId.Encode(ClusterType.TypeName, id), on })).ToList(),
                f.ClusterIds.Select(id => RequestSpec.Get($"/rest/clusters/{id}?on={on}")).ToList()),
            new("facets", "Facets (all five, whole registry)", OperationKind.List,
                [RequestSpec.GraphQL(FacetsQuery, new { on })],
                [RequestSpec.Get($"/rest/facets?on={on}")]),
            // A new status date per request, so every facet misses the cache and is counted (GraphQL and REST take
            // different dates, as they share the cache).
            new("facets-cold", "Facets, uncached (a new status date per request)", OperationKind.List,
                UncachedDates(f.On, 0).Select(d => RequestSpec.GraphQL(FacetsQuery, new { on = d })).ToList(),
                UncachedDates(f.On, 1).Select(d => RequestSpec.Get($"/rest/facets?on={d}")).ToList(), SingleUse: true),
            // The website's pages (HTML; no REST counterpart). Repeats are answered by the output cache, as for anonymous
            // visitors; site-search-cold adds a parameter the page ignores, so every request misses the output cache and
            // renders (its GraphQL counterpart is the search-page-op row: the persisted operation the page runs).
            new("site-home", "Website: home page (output cache)", OperationKind.List, [RequestSpec.Get("/")], null),
            new("site-search", "Website: search page (output cache)", OperationKind.List,
                Vocabulary.SearchTexts.Select(t => RequestSpec.Get(SitePath(t, f.Provinces[0], ""))).ToList(), null),
            new("site-search-cold", "Website: search page, uncached", OperationKind.List,
                Enumerable.Range(0, 20_000).Select(i => RequestSpec.Get(SitePath(Vocabulary.SearchTexts[i % Vocabulary.SearchTexts.Count], f.Provinces[0], $"&n={i}"))).ToList(),
                null, SingleUse: true),
            new("search-page-op", "Website's search operation over GraphQL (same variables)", OperationKind.List,
                Vocabulary.SearchTexts.Select(t => SiteSearchOperation(t, f.Provinces[0])).ToList(), null),
            new("site-cluster", "Website: cluster page (output cache)", OperationKind.Detail,
                f.ClusterIds.Select(id => RequestSpec.Get($"/clusters/{id}")).ToList(), null),
            new("search", "Search by text", OperationKind.List,
                Vocabulary.SearchTexts.Select(t => RequestSpec.GraphQL(SearchQuery, new { text = t, on })).ToList(),
                Vocabulary.SearchTexts.Select(t => RequestSpec.Get($"/rest/clusters?search={Uri.EscapeDataString(t)}&first=50&on={on}")).ToList()),
        ];
    }

    /// <summary>A page of the walk (by name) that starts after <paramref name="after"/>.</summary>
    public static Operation WalkPage(string key, string title, string? after, DateOnly date)
    {
        var on = Iso(date);
        var rest = after is null ? $"/rest/clusters?order=name&first=50&on={on}" : $"/rest/clusters?order=name&first=50&after={Uri.EscapeDataString(after)}&on={on}";
        return new(key, title, OperationKind.List, [RequestSpec.GraphQL(WalkQuery, new { after, on })], [RequestSpec.Get(rest)]);
    }

    /// <summary>Reads a response: whether it carries data without errors, and the walk's next cursor.</summary>
    public static (bool Ok, string? Error, string? EndCursor, bool HasNext, int Items) Inspect(string body, bool graphQL)
    {
        // A website page: the harness checked its status; its HTML carries no cursor.
        if (body.StartsWith("<!doctype html>", StringComparison.OrdinalIgnoreCase)) return (true, null, null, false, 1);
        JsonNode? json;
        try { json = JsonNode.Parse(body); }
        catch (JsonException e) { return (false, "not JSON: " + e.Message, null, false, 0); }
        if (graphQL)
        {
            if (json?["errors"] is JsonArray { Count: > 0 } errors) return (false, errors[0]?["message"]?.ToString(), null, false, 0);
            if (json?["data"] is not JsonObject data) return (false, "no data", null, false, 0);
            json = data.FirstOrDefault().Value;
            // A mutation payload's errors (NotFoundError, RuleViolationError, …) are failures too.
            if (json?["errors"] is JsonArray { Count: > 0 } payloadErrors)
                return (false, $"{payloadErrors[0]?["__typename"]}: {payloadErrors[0]?["message"]}", null, false, 0);
        }
        var pageInfo = json?["pageInfo"];
        var items = json?["edges"] is JsonArray edges ? edges.Count : json is null ? 0 : 1;
        return (json is not null, json is null ? "null result" : null, pageInfo?["endCursor"]?.GetValue<string?>(),
            pageInfo?["hasNextPage"]?.GetValue<bool>() ?? false, items);
    }
}
