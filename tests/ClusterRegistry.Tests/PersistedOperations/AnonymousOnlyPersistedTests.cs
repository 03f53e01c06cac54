using System.Net;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.PersistedOperations;
using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Http;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.PersistedOperations;

/// <summary>The real API that runs only stored operations for callers who are not registry officials.</summary>
public sealed class AnonymousOnlyPersistedApiFactory : RegistryApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PersistedOperations:AnonymousOnlyPersisted"] = "true",
    };
}

public sealed class AnonymousOnlyPersistedTests(AnonymousOnlyPersistedApiFactory factory) : IClassFixture<AnonymousOnlyPersistedApiFactory>
{
    [Fact]
    public async Task An_anonymous_document_is_refused_with_400()
    {
        var response = await factory.CreateClient().SendGraphQLAsync(Get("{ regions { code } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(PersistedOperationErrorCodes.Required, response.FirstErrorCode);
        Assert.Contains("documentId", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_anonymous_stored_operation_runs()
    {
        var response = await factory.CreateClient().SendGraphQLAsync(Post(Json(new
        {
            documentId = "sha256:" + PersistedOperationFiles.IdOf("Provinces.graphql"),
        })));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task An_official_may_still_send_a_document()
    {
        var client = factory.CreateClient().WithBearer(TestTokens.For(RegistryRoles.Province, "44"));

        var response = await client.SendGraphQLAsync(PostQuery("{ regions { code } }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_signed_in_user_without_a_registry_role_counts_as_anonymous()
    {
        var client = factory.CreateClient().WithBearer(TestTokens.SignedInWithoutRole());

        var response = await client.SendGraphQLAsync(PostQuery("{ regions { code } }"));

        Assert.Equal(PersistedOperationErrorCodes.Required, response.FirstErrorCode);
    }
}
