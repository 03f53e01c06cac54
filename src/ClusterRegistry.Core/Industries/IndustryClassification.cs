namespace ClusterRegistry.Industries;

/// <summary>Who classified a cluster's lead industry into a GB/T 4754-2017 division.</summary>
public enum ClassificationSource
{
    /// <summary>Derived by the registry's curators from the lead-industry name; MIIT publishes no industry codes.</summary>
    Derived = 1,

    /// <summary>Given by a registry official; never replaced by a derived classification.</summary>
    Official = 2,
}

/// <summary>How sure a derived classification is.</summary>
public enum ClassificationConfidence
{
    Low = 1,
    Medium = 2,
    High = 3,
}
