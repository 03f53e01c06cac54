namespace ClusterRegistry.Api.Auth;

/// <summary>The app roles defined on the registry's Entra ID app registration.</summary>
public static class RegistryRoles
{
    /// <summary>MIIT officials (工业和信息化部): may act in every province.</summary>
    public const string Ministry = "Registry.Ministry";

    /// <summary>Provincial officials: may act only in the province named by their <see cref="RegistryClaims.Province"/> claim.</summary>
    public const string Province = "Registry.Province";

    public static readonly IReadOnlyList<string> All = [Ministry, Province];
}
