namespace ClusterRegistry.Policies;

/// <summary>Kinds of policy support named by Art. 8 of the Measures.</summary>
public enum PolicySupportKind
{
    Finance = 1,
    Industry = 2,
    Innovation = 3,
    Land = 4,
    Talent = 5,
    Other = 6,
}
