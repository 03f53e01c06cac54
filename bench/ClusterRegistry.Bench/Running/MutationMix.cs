using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Schema;
using Microsoft.Data.Sqlite;

namespace ClusterRegistry.Bench.Running;

/// <summary>
/// The mutations an official's back office sends, in a fixed mix: 60% recordReviewOutcome (a passed review of a
/// designation in its final year), 30% recordIdentification (an existing cluster identified in a later provincial
/// batch of its province), 10% revokeDesignation. Each request uses its own target row, so every write is a real one.
///
/// The mix switches itself on when the schema's Mutation type has every field it uses AND one probe request of each
/// kind succeeds without a GraphQL error or a payload error — otherwise the run reports it as "not measured" with the
/// reason. If the mutations' argument shapes change, adjust the three documents and their variables here.
/// </summary>
internal static class MutationMix
{
    public static readonly IReadOnlyList<(string Field, int Weight)> Fields =
        [("recordReviewOutcome", 6), ("recordIdentification", 3), ("revokeDesignation", 1)];

    public const string RecordReviewOutcome = """
        mutation RecordReview($input: RecordReviewOutcomeInput!) {
          recordReviewOutcome(input: $input) { designation { id validUntil } errors { __typename ... on Error { code message } } }
        }
        """;

    public const string RecordIdentification = """
        mutation RecordIdentification($input: RecordIdentificationInput!) {
          recordIdentification(input: $input) { designation { id validFrom validUntil } errors { __typename ... on Error { code message } } }
        }
        """;

    public const string RevokeDesignation = """
        mutation Revoke($input: RevokeDesignationInput!) {
          revokeDesignation(input: $input) { designation { id revocation { ground revokedOn } } errors { __typename ... on Error { code message } } }
        }
        """;

    /// <summary>The mutation fields the schema has, or null when it has no Mutation type.</summary>
    public static async Task<IReadOnlySet<string>?> AvailableFieldsAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync(RequestSpec.GraphQLPath, new { query = "{ __schema { mutationType { fields { name } } } }" });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        if (json?["data"]?["__schema"]?["mutationType"] is not JsonObject type) return null;
        return (type["fields"] as JsonArray ?? []).Select(f => f?["name"]?.ToString() ?? "").ToHashSet();
    }

    /// <summary>The requests of the mix, each aimed at a different row; at most <paramref name="count"/>.</summary>
    public static IReadOnlyList<RequestSpec> Build(string databasePath, DateOnly today, int count, string token)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var on = Workload.Iso(today);
        var auth = "Bearer " + token;

        // Designations in their final year (review open), not revoked, not yet reviewed past today.
        var due = Ids(connection, $"""
            SELECT d.Id FROM Designations d
            WHERE d.RevokedOn IS NULL AND date(d.ValidUntil, '-1 year', '+1 day') <= '{on}' AND d.ValidUntil >= '{on}'
              AND NOT EXISTS (SELECT 1 FROM Reviews r WHERE r.DesignationId = d.Id AND r.DecidedOn > '{on}')
            LIMIT {count}
            """);
        // Clusters whose provincial designation has lapsed, with the latest batch of their province.
        var identifications = Pairs(connection, $"""
            SELECT c.Id, b.Id FROM Clusters c
            JOIN Batches b ON b.Level = 'Provincial' AND b.ProvinceCode = c.ProvinceCode
              AND b.Year = (SELECT MAX(Year) FROM Batches WHERE Level = 'Provincial' AND ProvinceCode = c.ProvinceCode)
            WHERE NOT EXISTS (SELECT 1 FROM Designations d WHERE d.ClusterId = c.Id AND d.Level = 'Provincial' AND d.ValidUntil >= b.ValidFrom)
            LIMIT {count}
            """);
        var revocable = Ids(connection, $"SELECT Id FROM Designations WHERE RevokedOn IS NULL AND ValidFrom <= '{on}' ORDER BY Id DESC LIMIT {count}");

        var requests = new List<RequestSpec>();
        int a = 0, b = 0, c = 0;
        for (var i = 0; i < count; i++)
        {
            var slot = i % 10;
            if (slot < 6 && a < due.Count)
                requests.Add(RequestSpec.GraphQL(RecordReviewOutcome, new
                {
                    input = new { designationId = GlobalId.Encode(DesignationType.TypeName, due[a++]), outcome = "PASSED", decidedOn = on, document = $"基准测试〔{i}〕号" },
                }, auth));
            else if (slot < 9 && b < identifications.Count)
            {
                var (cluster, batch) = identifications[b++];
                requests.Add(RequestSpec.GraphQL(RecordIdentification, new
                {
                    input = new { clusterId = GlobalId.Encode("Cluster", cluster), batchId = GlobalId.Encode("IdentificationBatch", batch) },
                }, auth));
            }
            else if (c < revocable.Count)
                requests.Add(RequestSpec.GraphQL(RevokeDesignation, new
                {
                    input = new { designationId = GlobalId.Encode(DesignationType.TypeName, revocable[c++]), ground = "OTHER", revokedOn = on, note = "benchmark" },
                }, auth));
        }
        return requests;
    }

    /// <summary>Reviews + designations + revoked designations: what the mix adds to, to see how many writes took effect.</summary>
    public static long CountChanges(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM Reviews) + (SELECT COUNT(*) FROM Designations) + (SELECT COUNT(*) FROM Designations WHERE RevokedOn IS NOT NULL)";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<int> Ids(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read()) ids.Add(reader.GetInt32(0));
        return ids;
    }

    private static List<(int, int)> Pairs(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var pairs = new List<(int, int)>();
        while (reader.Read()) pairs.Add((reader.GetInt32(0), reader.GetInt32(1)));
        return pairs;
    }

    internal static string Describe(IReadOnlySet<string>? available) =>
        available is null
            ? "the schema has no Mutation type yet"
            : $"the schema lacks {string.Join(", ", Fields.Select(f => f.Field).Where(f => !available.Contains(f)))}";

    internal static string Percent(int weight) => (weight * 10).ToString(CultureInfo.InvariantCulture) + "%";
}
