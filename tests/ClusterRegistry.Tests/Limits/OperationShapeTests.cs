using System.Net;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Tests.Http;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Limits;

public sealed class OperationShapeTests(SmallShapeLimitsApiFactory factory) : IClassFixture<SmallShapeLimitsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Aliases_up_to_the_limit_are_allowed()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ a: __typename b: __typename c: __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task One_alias_over_the_limit_is_refused_with_400()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ regions { a: code b: code c: code d: code } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(QueryLimitErrorCodes.MaxAliasesExceeded, response.FirstErrorCode);
    }

    [Fact]
    public async Task Aliases_in_the_fragments_an_operation_uses_count()
    {
        var response = await _client.SendGraphQLAsync(PostQuery(
            "{ regions { ...Codes } } fragment Codes on Region { a: code b: code ...More } fragment More on Region { c: code d: code }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(QueryLimitErrorCodes.MaxAliasesExceeded, response.FirstErrorCode);
    }

    [Fact]
    public async Task One_root_field_over_the_limit_is_refused_with_400()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ regions { code } industries { code } batches { year } ...More } fragment More on Query { __typename }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(QueryLimitErrorCodes.MaxRootFieldsExceeded, response.FirstErrorCode);
    }

    [Fact]
    public async Task The_shape_of_another_operation_of_a_cached_document_is_checked()
    {
        const string document = "query Small { __typename } query Wide { regions { code } industries { code } batches { year } clusterFacets { totalCount } }";
        var small = await _client.SendGraphQLAsync(PostQuery(document, operationName: "Small"));

        var wide = await _client.SendGraphQLAsync(PostQuery(document, operationName: "Wide"));

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Equal(HttpStatusCode.BadRequest, wide.Status);
        Assert.Equal(QueryLimitErrorCodes.MaxRootFieldsExceeded, wide.FirstErrorCode);
    }
}
