using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Site;

/// <summary>Reading the site's pages and the API's answers to compare them with.</summary>
public static partial class SitePages
{
    public static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> GetPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>Runs a query through the public API, as a partner portal would.</summary>
    public static async Task<JsonNode> QueryAsync(this HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql", new StringContent(
            new JsonObject { ["query"] = query }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    public static string Lang(string html) => LangAttribute().Match(html).Groups[1].Value;

    public static string Title(string html) => WebUtility.HtmlDecode(TitleElement().Match(html).Groups[1].Value);

    public static string? Meta(string html, string attribute, string name) =>
        Regex.Match(html, $"<meta {attribute}=\"{Regex.Escape(name)}\" content=\"([^\"]*)\"") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    public static string? Canonical(string html) =>
        CanonicalLink().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>The paths of the site's links to clusters on a page.</summary>
    public static IReadOnlyList<string> ClusterLinks(string html) =>
        ClusterLink().Matches(html).Select(match => match.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("<html lang=\"([^\"]+)\"")]
    private static partial Regex LangAttribute();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleElement();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\"")]
    private static partial Regex CanonicalLink();

    [GeneratedRegex("href=\"((?:/en)?/clusters/\\d+)\"")]
    private static partial Regex ClusterLink();
}
