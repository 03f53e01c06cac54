using System.Net;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Api;

/// <summary>Client mistakes on the public queries get a clear GraphQL error, never a 500 or a stack trace.</summary>
public sealed class BadInputTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    public static TheoryData<string, HttpStatusCode, string> Cases => new()
    {
        { "{ clusters(first: 51) { totalCount } }", HttpStatusCode.BadRequest, "INVALID_VALUE" },
        { "{ clusters(last: -1) { totalCount } }", HttpStatusCode.BadRequest, "INVALID_VALUE" },
        { "{ clusters(where: { colour: { eq: \"red\" } }) { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE" },
        { "{ clusters { nodes { colour } } }", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE" },
        { "{ clusters(where: { validUntil: { gt: \"2025-13-45\" } }) { totalCount } }", HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE" },
        { "{ clusters(order: [{ name: ASC, batchYear: DESC }]) { totalCount } }", HttpStatusCode.OK, "INVALID_SORT" },
        { "{ clusters(first: 1, last: 1) { totalCount } }", HttpStatusCode.OK, "INVALID_PAGING" },
        { "{ clusters(search: \"a b c d e f g h i j k\") { totalCount } }", HttpStatusCode.OK, "INVALID_FILTER" },
        { "{ cluster(id: \"nonsense\") { name } }", HttpStatusCode.OK, "INVALID_ID" },
        { "{ node(id: \"UmVnaW9uOjQ0\") { id } regions(parentCode: \"4\") { code } }", HttpStatusCode.OK, "INVALID_FILTER" },
        { "{ clusters {", HttpStatusCode.BadRequest, "SYNTAX_ERROR" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_query_gets_a_clear_error_and_no_stack_trace(string query, HttpStatusCode status, string code)
    {
        var (response, body) = await factory.CreateClient().PostGraphQLAsync(query);
        Assert.Equal(status, response.StatusCode);
        var error = body["errors"]![0]!;
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.DoesNotContain("   at ", body.ToJsonString());
    }

    [Fact]
    public async Task An_oversized_page_in_a_variable_is_refused_on_every_request_also_from_the_document_cache()
    {
        var client = factory.CreateClient();
        const string query = "query($n: Int) { clusters(first: $n) { totalCount } }";
        Assert.Equal(HttpStatusCode.OK, (await client.PostGraphQLAsync(query, new { n = 50 })).Response.StatusCode);
        for (var i = 0; i < 2; i++)
        {
            var (response, body) = await client.PostGraphQLAsync(query, new { n = 51 });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("INVALID_VALUE", (string)body["errors"]![0]!["extensions"]!["code"]!);
        }
    }

    [Fact]
    public async Task A_known_id_of_nothing_is_null_not_an_error()
    {
        var data = await factory.CreateClient().QueryDataAsync("{ cluster(id: \"Q2x1c3Rlcjo5OTk5OQ==\") { name } region(code: \"99\") { name } }");
        Assert.Null(data["cluster"]);
        Assert.Null(data["region"]);
    }
}
