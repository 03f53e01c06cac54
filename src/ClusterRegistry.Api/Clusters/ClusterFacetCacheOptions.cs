namespace ClusterRegistry.Api.Clusters;

/// <summary>The in-memory cache of facet counts, bound from the <c>FacetCache</c> configuration section.</summary>
public sealed class ClusterFacetCacheOptions
{
    public const string SectionName = "FacetCache";

    /// <summary>How many facet results (one facet of one search at one data version) each API node keeps at most.</summary>
    public int MaxEntries { get; set; } = 2000;

    /// <summary>Whether to compute the unfiltered facets for today in the background after start-up and after each mutation.</summary>
    public bool WarmUp { get; set; } = true;
}
