namespace ClusterRegistry.Designations;

/// <summary>The revocation (撤销认定) of a designation.</summary>
public sealed record Revocation(RevocationGround Ground, DateOnly RevokedOn, string? Document, string? Note);
