using System.Net;
using System.Security.Cryptography;
using ClusterRegistry.Api.PersistedOperations;
using ClusterRegistry.Tests.Http;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.PersistedOperations;

public sealed class PersistedOperationTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Operations => new(PersistedOperationFiles.Names);

    [Fact]
    public void The_api_holds_every_file_of_schema_operations_under_the_sha256_of_its_text()
    {
        var store = factory.Services.GetRequiredService<PersistedOperationStore>();
        var expected = PersistedOperationFiles.Names
            .Select(name => (name, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(PersistedOperationFiles.Directory, name)).Where(b => b != '\r').ToArray()))))
            .Order();

        Assert.NotEmpty(store.All);
        Assert.Equal(expected, store.All.Select(operation => (operation.Name, operation.Id)).Order());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_stored_operation_validates_against_the_schema_and_runs(string name)
    {
        var response = await _client.SendGraphQLAsync(Post(Json(new
        {
            documentId = "sha256:" + PersistedOperationFiles.IdOf(name),
            variables = PersistedOperationFiles.SampleVariables(name),
        })));

        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        Assert.Null(response.Body["errors"]);
        Assert.NotNull(response.Body["data"]);
    }

    [Fact]
    public async Task A_stored_operation_answers_like_its_document_sent_as_query()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(PersistedOperationFiles.Directory, "GuangdongClusters.graphql"));

        var byId = await _client.SendGraphQLAsync(Post(Json(new { documentId = "sha256:" + PersistedOperationFiles.IdOf("GuangdongClusters.graphql") })));
        var byQuery = await _client.SendGraphQLAsync(PostQuery(text));

        Assert.Equal(HttpStatusCode.OK, byId.Status);
        Assert.Equal(byQuery.Text, byId.Text);
        Assert.NotEqual(0, byId.Body["data"]!["clusters"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_accepts_a_plain_hex_document_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + PersistedOperationFiles.IdOf("Provinces.graphql").ToUpperInvariant());

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEmpty(response.Body["data"]!["regions"]!.AsArray());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-an-id")]
    public async Task An_unknown_document_id_is_refused_with_400(string documentId)
    {
        var response = await _client.SendGraphQLAsync(Post(Json(new { documentId })));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.NotFound, response.FirstErrorCode);
    }

    [Fact]
    public async Task A_request_with_both_query_and_document_id_is_refused()
    {
        var response = await _client.SendGraphQLAsync(Post(Json(new
        {
            query = "{ __typename }",
            documentId = "sha256:" + PersistedOperationFiles.IdOf("Provinces.graphql"),
        })));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }
}
