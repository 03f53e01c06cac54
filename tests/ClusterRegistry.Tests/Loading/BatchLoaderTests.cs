using ClusterRegistry.Api.Loading;

namespace ClusterRegistry.Tests.Loading;

public sealed class BatchLoaderTests
{
    private readonly List<IReadOnlyCollection<int>> _fetches = [];

    private BatchLoader<int, string> Loader() => new((keys, _) =>
    {
        lock (_fetches) _fetches.Add(keys);
        IReadOnlyDictionary<int, string> found = keys.Where(k => k > 0).ToDictionary(k => k, k => $"v{k}");
        return Task.FromResult(found);
    }, "missing");

    [Fact]
    public async Task Keys_asked_for_before_the_first_result_are_fetched_in_one_batch()
    {
        var loader = Loader();
        var results = new[] { 1, 2, 3, 2 }.Select(loader.Load).ToList();

        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal(["v1", "v2", "v3", "v2"], values);
        var fetch = Assert.Single(_fetches);
        Assert.Equal([1, 2, 3], fetch.Order());
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_gets_the_missing_value()
    {
        var loader = Loader();

        Assert.Equal("missing", await loader.Load(-1).GetResultAsync());
        Assert.True(loader.TryGetLoaded(-1, out var stored));
        Assert.Equal("missing", stored);
    }

    [Fact]
    public async Task A_loaded_key_is_not_fetched_again_and_a_new_key_is_fetched_alone()
    {
        var loader = Loader();
        await loader.Load(1).GetResultAsync();

        Assert.Equal("v1", await loader.Load(1).GetResultAsync());
        Assert.Equal("v5", await loader.Load(5).GetResultAsync());

        Assert.Equal(2, _fetches.Count);
        Assert.Equal([5], _fetches[1]);
    }

    [Fact]
    public async Task A_primed_key_is_served_without_a_fetch()
    {
        var loader = Loader();
        var pending = loader.Load(7);
        loader.Prime(7, "primed");

        Assert.Equal("primed", await pending.GetResultAsync());
        Assert.True(loader.Requested(7));
        Assert.False(loader.Requested(8));
        Assert.Empty(_fetches);
    }

    [Fact]
    public async Task Concurrent_results_share_one_fetch()
    {
        var loader = Loader();
        var results = Enumerable.Range(1, 20).Select(loader.Load).ToList();

        var values = await Task.WhenAll(results.Select(r => Task.Run(() => r.GetResultAsync())));

        Assert.Equal(Enumerable.Range(1, 20).Select(k => $"v{k}"), values);
        Assert.Single(_fetches);
    }
}
