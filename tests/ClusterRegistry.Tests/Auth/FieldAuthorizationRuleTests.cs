using System.Security.Claims;
using System.Text.Json.Nodes;
using ClusterRegistry.Api.Auth;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Auth;

/// <summary>
/// The rule in-process, through the DI-registered executer (a hand-made DocumentExecuter would skip it), since no
/// protected field exists in the real schema yet.
/// </summary>
public sealed class FieldAuthorizationRuleTests : IDisposable
{
    private readonly CachingDocumentsForTests _cache = new();
    private readonly ServiceProvider _services;

    public FieldAuthorizationRuleTests()
    {
        _services = Services(graphQL => graphQL.AddRegistryAuthorization(), _cache);
    }

    public static TheoryData<string, string, string?> Cases => new()
    {
        { "anonymous", "ping", null },
        { "anonymous", "signedIn", AuthorizationError.NotAuthenticated },
        { "anonymous", "anyOfficial", AuthorizationError.NotAuthenticated },
        { "anonymous", "ministryOnly", AuthorizationError.NotAuthenticated },
        { "anonymous", "audit { entry }", AuthorizationError.NotAuthenticated },
        { "no role", "signedIn", null },
        { "no role", "anyOfficial", AuthorizationError.NotAuthorized },
        { "no role", "ministryOnly", AuthorizationError.NotAuthorized },
        { "province", "anyOfficial", null },
        { "province", "ministryOnly", AuthorizationError.NotAuthorized },
        { "province", "audit { entry }", AuthorizationError.NotAuthorized },
        { "ministry", "signedIn", null },
        { "ministry", "anyOfficial", null },
        { "ministry", "ministryOnly", null },
        { "ministry", "audit { entry }", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fields_are_refused_to_callers_their_metadata_excludes(string caller, string selection, string? expectedCode)
    {
        var result = await ExecuteAsync($"{{ {selection} }}", Caller(caller));

        Assert.Equal(expectedCode, ErrorCode(result));
        Assert.Equal(expectedCode is null, result.Executed);
    }

    [Fact]
    public async Task The_code_travels_in_the_error_extensions_and_maps_to_an_HTTP_status()
    {
        var anonymous = await ExecuteAsync("mutation { designate }", Caller("anonymous"));
        var noRole = await ExecuteAsync("mutation { designate }", Caller("no role"));
        var official = await ExecuteAsync("mutation { designate }", Caller("province"));

        Assert.Equal(AuthorizationError.NotAuthenticated, Serialized(anonymous)["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(AuthorizationError.NotAuthorized, Serialized(noRole)["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(401, AuthorizationStatus.For(anonymous));
        Assert.Equal(403, AuthorizationStatus.For(noRole));
        Assert.Null(AuthorizationStatus.For(official));
        Assert.Equal("designated", Serialized(official)["data"]?["designate"]?.GetValue<string>());
    }

    [Fact]
    public async Task Fields_reached_through_fragments_are_checked()
    {
        var result = await ExecuteAsync("{ ...Secret } fragment Secret on Query { ministryOnly }", Caller("province"));

        Assert.Equal(AuthorizationError.NotAuthorized, ErrorCode(result));
    }

    [Fact]
    public async Task Only_the_executed_operation_is_checked()
    {
        const string document = "query Public { ping } mutation Designate { designate }";

        Assert.True((await ExecuteAsync(document, Caller("anonymous"), "Public")).Executed);
        Assert.Equal(AuthorizationError.NotAuthenticated, ErrorCode(await ExecuteAsync(document, Caller("anonymous"), "Designate")));
    }

    [Fact]
    public async Task A_cached_document_is_checked_again_for_each_caller()
    {
        const string document = "mutation { designate }";

        Assert.True((await ExecuteAsync(document, Caller("ministry"))).Executed);
        var anonymous = await ExecuteAsync(document, Caller("anonymous"));
        var noRole = await ExecuteAsync(document, Caller("no role"));

        Assert.Equal(2, _cache.Hits);
        Assert.Equal(AuthorizationError.NotAuthenticated, ErrorCode(anonymous));
        Assert.Equal(AuthorizationError.NotAuthorized, ErrorCode(noRole));
    }

    [Fact]
    public async Task Without_running_for_cached_documents_a_cache_hit_would_bypass_the_rule()
    {
        // Shows the cache above really skips ordinary validation, so the test before it proves something.
        var cache = new CachingDocumentsForTests();
        using var services = Services(graphQL => graphQL.AddValidationRule<FieldAuthorizationRule>(useForCachedDocuments: false), cache);

        await ExecuteAsync(services, "mutation { designate }", Caller("ministry"));
        var anonymous = await ExecuteAsync(services, "mutation { designate }", Caller("anonymous"));

        Assert.Equal(1, cache.Hits);
        Assert.True(anonymous.Executed);
    }

    public void Dispose() => _services.Dispose();

    private static ServiceProvider Services(Action<GraphQL.DI.IGraphQLBuilder> authorization, CachingDocumentsForTests cache)
    {
        var services = new ServiceCollection().AddLogging().AddRegistryPolicies();
        services.AddGraphQL(graphQL =>
        {
            graphQL.AddSchema<AuthorizationTestSchema>().AddSystemTextJson().ConfigureExecution(_ => cache);
            authorization(graphQL);
        });
        return services.BuildServiceProvider();
    }

    private Task<ExecutionResult> ExecuteAsync(string query, ClaimsPrincipal user, string? operationName = null) =>
        ExecuteAsync(_services, query, user, operationName);

    private static async Task<ExecutionResult> ExecuteAsync(ServiceProvider services, string query, ClaimsPrincipal user, string? operationName = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            OperationName = operationName,
            User = user,
            RequestServices = scope.ServiceProvider,
        });
    }

    /// <summary>Callers shaped as the bearer handler shapes them: mapped role claims, authenticated identity.</summary>
    private static ClaimsPrincipal Caller(string caller)
    {
        Claim[] claims = caller switch
        {
            "anonymous" => [],
            "no role" => [new("scp", "access_as_user")],
            "province" => [new(ClaimTypes.Role, RegistryRoles.Province), new("province", "44")],
            "ministry" => [new(ClaimTypes.Role, RegistryRoles.Ministry)],
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
        return caller == "anonymous"
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new("oid", "x"), .. claims], "AuthenticationTypes.Federation"));
    }

    private static string? ErrorCode(ExecutionResult result) =>
        result.Errors?.Select(error => error.Code).Distinct().SingleOrDefault();

    private JsonNode Serialized(ExecutionResult result) =>
        JsonNode.Parse(_services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result))!;
}
