using ClusterRegistry.Api.Schema;

namespace ClusterRegistry.Api.Mutations;

/// <summary>Reads ids and codes from mutation input, refusing malformed ones as typed errors.</summary>
public static class MutationInputs
{
    public static int Id(string? globalId, string typeName, string field) =>
        GlobalId.TryDecodeInt(globalId, typeName) ?? throw MutationRefused.InvalidInput(field, $"{field} is not an id of type {typeName}.");

    public static string? Text(string? value, string field, int maxLength)
    {
        if (value is null) return null;
        return value.Length <= maxLength ? value : throw MutationRefused.InvalidInput(field, $"At most {maxLength} characters.");
    }

    public static Provenance Source(string? url, string? note) => new(
        Text(url, "sourceUrl", Provenance.MaxUrlLength),
        Text(note, "sourceNote", Provenance.MaxNoteLength));
}
