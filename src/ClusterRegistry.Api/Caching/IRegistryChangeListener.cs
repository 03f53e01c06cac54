namespace ClusterRegistry.Api.Caching;

/// <summary>Told after a mutation has committed, e.g. to evict cached responses. Must not throw.</summary>
public interface IRegistryChangeListener
{
    Task RegistryChangedAsync();
}
