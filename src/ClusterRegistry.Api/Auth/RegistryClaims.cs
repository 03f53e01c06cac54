namespace ClusterRegistry.Api.Auth;

/// <summary>The token claims the registry reads, as Entra ID writes them.</summary>
public static class RegistryClaims
{
    public const string ObjectId = "oid";
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Roles = "roles";
    public const string Scope = "scp";

    /// <summary>A provincial official's province: the 2-digit division code, e.g. <c>44</c> for 广东省.</summary>
    public const string Province = "province";
}
