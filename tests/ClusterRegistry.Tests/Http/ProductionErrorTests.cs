using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

/// <summary><see cref="TransportTestApiFactory"/> in the Production environment, with placeholder Entra ID settings.</summary>
public sealed class ProductionTransportTestApiFactory : TransportTestApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
        ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionErrorTests(ProductionTransportTestApiFactory factory) : IClassFixture<ProductionTransportTestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> FailingRequests => new()
    {
        { "resolver throws", Json(new { query = "{ transportTest transportTestFailure }" }) },
        { "syntax error", Json(new { query = "{ clusters(" }) },
        { "unknown field", Json(new { query = "{ noSuchField }" }) },
        { "wrong variable type", Json(new { query = "query($n: Int) { clusters(first: $n) { totalCount } }", variables = new { n = "many" } }) },
        { "page too large", Json(new { query = "{ clusters(first: 5000) { totalCount } }" }) },
        { "malformed id", Json(new { query = "{ cluster(id: \"not-an-id\") { name } }" }) },
        { "too deep", Json(new { query = "{ region(code: \"44\") { " + string.Concat(Enumerable.Repeat("parent { ", 20)) + "code" + new string('}', 21) + " }" }) },
        { "unknown stored operation", Json(new { documentId = "sha256:00" }) },
        { "mutation without a token", Json(new { query = "mutation { createIdentificationBatch(input: { level: NATIONAL, year: 2031, issuingAuthority: \"x\", validFrom: \"2031-01-01\", validUntil: \"2031-12-31\" }) { errors { __typename } } }" }) },
        { "malformed json", "{\"query\": " },
        { "no query", "{}" },
    };

    [Theory]
    [MemberData(nameof(FailingRequests))]
    public async Task Every_error_has_a_stable_code_and_no_internals(string what, string body)
    {
        var response = await _client.SendGraphQLAsync(Post(body));

        Assert.NotEmpty(response.Errors);
        Assert.All(response.Errors, error => Assert.False(string.IsNullOrEmpty(Code(error)), $"{what}: an error without a code in {response.Text}"));
        Assert.DoesNotContain(TransportTestApiFactory.SecretMessage, response.Text);
        Assert.DoesNotContain("Exception", response.Text);
        Assert.DoesNotContain(".cs:line", response.Text);
        Assert.DoesNotMatch(@"\bat [\w.`<>]+\(", response.Text);
        Assert.All(response.Errors, error => Assert.Null(error!["extensions"]?["details"]));
    }

    private static string? Code(JsonNode? error) => error?["extensions"]?["code"]?.GetValue<string>();
}
