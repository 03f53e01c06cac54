using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Http;

public sealed class SdlTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8")]
    public async Task Get_with_sdl_returns_the_printed_schema_as_text(string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await _client.SendAsync(request);
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("type Query {", sdl);
        Assert.Equal(factory.Services.GetRequiredService<ISchema>().Print(), sdl);
    }
}
