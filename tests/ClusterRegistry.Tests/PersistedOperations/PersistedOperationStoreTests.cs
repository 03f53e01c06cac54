using ClusterRegistry.Api.PersistedOperations;

namespace ClusterRegistry.Tests.PersistedOperations;

public sealed class PersistedOperationStoreTests
{
    private const string Document = "query A {\n  __typename\n}\n";

    [Theory]
    [InlineData("sha256:")]
    [InlineData("")]
    public void Finds_an_operation_by_prefixed_or_plain_hex_in_either_case(string prefix)
    {
        var store = new PersistedOperationStore([("A.graphql", Document)]);
        var id = PersistedOperationStore.IdOf(Document);

        Assert.Equal(Document, store.Find(prefix + id)?.Document);
        Assert.Equal(Document, store.Find(prefix + id.ToUpperInvariant())?.Document);
    }

    [Fact]
    public void Line_endings_do_not_change_the_id()
    {
        var store = new PersistedOperationStore([("A.graphql", Document.Replace("\n", "\r\n"))]);

        Assert.NotNull(store.Find(PersistedOperationStore.IdOf(Document)));
    }

    [Fact]
    public void A_file_that_does_not_parse_stops_the_start_up_naming_the_file()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PersistedOperationStore([("Broken.graphql", "query {")]));

        Assert.Contains("Broken.graphql", error.Message);
    }
}
