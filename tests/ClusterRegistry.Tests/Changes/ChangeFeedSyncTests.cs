using System.Text.Json.Nodes;
using ClusterRegistry.Api.OpenData;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Officials;
using GraphQL;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Changes;

/// <summary>
/// The README's sync recipe, done by a partner portal over HTTP: download the open data once, then follow
/// registryChanges from the cursor the download named, and arrive at what a fresh download shows.
/// </summary>
public sealed class ChangeFeedSyncTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private static readonly string[] Tables = ["clusters", "designations", "batches"];

    /// <summary>How a portal maps a change's public values (audit snapshot names) onto the open-data columns.</summary>
    private static readonly Dictionary<string, (string Table, (string Value, string Column)[] Columns)> Mapping = new()
    {
        ["Cluster"] = ("clusters", [("NameZh", "name_zh"), ("NameEn", "name_en"), ("ProvinceCode", "province_code"),
            ("PrefectureCode", "prefecture_code"), ("CountyCode", "county_code"), ("LeadIndustry", "lead_industry_zh"),
            ("IndustryCode", "industry_division"), ("IndustrySource", "industry_classification_source"),
            ("OperatingInstitution", "operating_institution"), ("FirstBatchYear", "first_batch_year"), ("SourceUrl", "source_url")]),
        ["Designation"] = ("designations", [("Level", "level"), ("ValidFrom", "valid_from"), ("InitialValidUntil", "initial_valid_until"),
            ("ValidUntil", "valid_until"), ("SourceUrl", "source_url")]),
        ["IdentificationBatch"] = ("batches", [("Level", "level"), ("Year", "year"), ("ProvinceCode", "province_code"),
            ("IssuingAuthority", "issuing_authority"), ("NoticeDocument", "notice_document"), ("NoticeDate", "notice_date"),
            ("AnnouncementDocument", "announcement_document"), ("AnnouncementDate", "announcement_date"),
            ("ValidFrom", "valid_from"), ("ValidUntil", "valid_until"), ("ValidityNote", "validity_note")]),
    };

    /// <summary>Columns the feed carries besides the mapped ones, per table; the rest are derived (names, statuses).</summary>
    private static readonly Dictionary<string, string[]> Extra = new()
    {
        ["clusters"] = ["industry_classification_confidence", "valid_until"],
        ["designations"] = ["cluster_id", "revoked_on", "revocation_ground", "latest_review_outcome"],
        ["batches"] = [],
    };

    private static string? Text(JsonNode? value) => value?.ToString();

    private async Task<(Dictionary<string, Dictionary<string, Dictionary<string, string?>>> Tables, string Cursor)> DownloadAsync()
    {
        var client = factory.CreateClient();
        var tables = new Dictionary<string, Dictionary<string, Dictionary<string, string?>>>();
        string? cursor = null;
        foreach (var table in Tables)
        {
            using var response = await client.GetAsync($"/data/{table}.json");
            // The first file's cursor: changes after it may already be in later files, and applying them again is harmless.
            cursor ??= response.Headers.GetValues(OpenDataEndpoints.ChangesCursorHeader).Single();
            tables[table] = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray()
                .ToDictionary(r => (string)r!["id"]!, r => r!.AsObject().ToDictionary(p => p.Key, p => Text(p.Value)));
        }
        return (tables, cursor!);
    }

    private async Task<string> FollowAsync(Dictionary<string, Dictionary<string, Dictionary<string, string?>>> tables, string cursor)
    {
        while (true)
        {
            var page = (await factory.QueryAsync(Caller.Anonymous, """
                query($after: String) { registryChanges(after: $after, first: 7) {
                  pageInfo { hasNextPage endCursor } nodes { objectId objectType clusterId kind after } } }
                """, new { after = cursor }))["registryChanges"]!;
            foreach (var change in page["nodes"]!.AsArray()) Apply(tables, change!);
            cursor = (string)page["pageInfo"]!["endCursor"]!;
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
        }
        // A cluster's valid_until is derived: the latest end of validity over its designations.
        foreach (var cluster in tables["designations"].Values.GroupBy(d => d["cluster_id"]!))
            tables["clusters"][cluster.Key]["valid_until"] = cluster.Select(d => d["valid_until"]).Max(StringComparer.Ordinal);
        return cursor;
    }

    private static void Apply(Dictionary<string, Dictionary<string, Dictionary<string, string?>>> tables, JsonNode change)
    {
        if (!Mapping.TryGetValue((string)change["objectType"]!, out var mapping)) return;
        var values = JsonNode.Parse((string)change["after"]!)!.AsObject();
        var rows = tables[mapping.Table];
        var id = (string)change["objectId"]!;
        if (!rows.TryGetValue(id, out var row)) rows[id] = row = new Dictionary<string, string?> { ["id"] = id };
        foreach (var (value, column) in mapping.Columns)
            row[column] = values[value] is { } v && column is "level" or "industry_classification_source" ? v.ToString().ToConstantCase() : Text(values[value]);
        switch (mapping.Table)
        {
            case "clusters":
                // Changes come from officials: only a derived classification (from a download) has a confidence.
                if (row["industry_classification_source"] != "DERIVED") row["industry_classification_confidence"] = null;
                break;
            case "designations":
                row["cluster_id"] = (string)change["clusterId"]!;
                row["revoked_on"] = Text(values["Revocation"]?["RevokedOn"]);
                row["revocation_ground"] = values["Revocation"]?["Ground"]?.ToString().ToConstantCase();
                row["latest_review_outcome"] = values["Reviews"]!.AsArray().LastOrDefault()?["Outcome"]?.ToString().ToConstantCase();
                break;
        }
    }

    [Fact]
    public async Task A_portal_that_downloads_once_and_follows_the_changes_matches_a_fresh_download()
    {
        var (portal, cursor) = await DownloadAsync();
        var huangpu = portal["clusters"].Values.Single(r => r["name_zh"] == "广州市黄埔区智能制造装备产业集群")["id"]!;
        var huangpuDesignation = portal["designations"].Values.Single(r => r["cluster_id"] == huangpu)["id"]!;

        // A day of an official's work: a new batch and cluster, a revocation, a profile update and a review.
        var created = await factory.NewNationalClusterAsync();
        await factory.SucceedAsync(Caller.Ministry, Mutations.RevokeDesignation,
            new { designationId = created.DesignationId, ground = "TAX_LEGAL_OR_CREDIT_VIOLATION", revokedOn = "2023-05-01", note = SyntheticNote });
        await factory.SucceedAsync(Caller.Guangdong, Mutations.UpdateClusterProfile,
            new { clusterId = huangpu, nameEn = "Huangpu intelligent manufacturing equipment", industryCode = "35" });
        await factory.SucceedAsync(Caller.Ministry, Mutations.RecordReviewOutcome,
            new { designationId = huangpuDesignation, outcome = "PASSED", decidedOn = "2025-11-05", sourceNote = SyntheticNote });

        var end = await FollowAsync(portal, cursor);
        var (fresh, freshCursor) = await DownloadAsync();

        Assert.Equal(freshCursor, end);
        foreach (var table in Tables)
        {
            Assert.Equal(fresh[table].Keys.Order(), portal[table].Keys.Order());
            var columns = Mapping.Values.Where(m => m.Table == table).SelectMany(m => m.Columns.Select(c => c.Column)).Concat(Extra[table]).Append("id").ToList();
            foreach (var (id, row) in fresh[table])
                Assert.Equal(columns.Select(c => (c, row[c])), columns.Select(c => (c, portal[table][id][c])));
        }
        Assert.Equal("35", portal["clusters"][huangpu]["industry_division"]);
        Assert.Equal("2028-12-31", portal["designations"][huangpuDesignation]["valid_until"]);
        Assert.Equal("2023-05-01", portal["designations"][created.DesignationId]["revoked_on"]);
    }

    [Fact]
    public async Task Cursors_page_forward_without_gaps_or_repeats()
    {
        await factory.NewNationalClusterAsync();
        await factory.NewNationalClusterAsync();
        var all = (await factory.QueryAsync(Caller.Anonymous, "{ registryChanges(first: 50) { totalCount edges { cursor node { objectId } } } }"))["registryChanges"]!;
        var edges = all["edges"]!.AsArray();
        Assert.True(edges.Count >= 5);
        Assert.Equal(edges.Count, (int)all["totalCount"]!);
        var second = (await factory.QueryAsync(Caller.Anonymous, "query($after: String) { registryChanges(after: $after, first: 2) { edges { cursor } pageInfo { hasNextPage } } }",
            new { after = (string)edges[1]!["cursor"]! }))["registryChanges"]!;
        Assert.Equal(edges.Skip(2).Take(2).Select(e => (string)e!["cursor"]!), second["edges"]!.AsArray().Select(e => (string)e!["cursor"]!));
        Assert.True((bool)second["pageInfo"]!["hasNextPage"]!);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("Q2x1c3Rlcjox")]
    public async Task A_foreign_cursor_is_a_typed_error(string cursor)
    {
        var (response, body) = await factory.CreateClient().PostGraphQLAsync(
            "query($after: String) { registryChanges(after: $after) { nodes { objectId } } }", new { after = cursor });
        Assert.Equal("INVALID_CURSOR", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.True((int)response.StatusCode < 500);
    }

    [Fact]
    public async Task The_feed_never_shows_who_made_a_change()
    {
        var (_, body) = await factory.CreateClient().PostGraphQLAsync("{ registryChanges { nodes { actor { name } } } }");
        Assert.NotNull(body["errors"]);
    }
}
