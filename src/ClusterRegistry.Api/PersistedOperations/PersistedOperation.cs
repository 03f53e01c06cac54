namespace ClusterRegistry.Api.PersistedOperations;

/// <summary>A stored operation: its file name, its id (the lower-case hex SHA-256 of its text) and its text.</summary>
public sealed record PersistedOperation(string Name, string Id, string Document);
