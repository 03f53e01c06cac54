using System.Globalization;
using System.Text;
using ClusterRegistry.Api.Schema;
using GraphQL;

namespace ClusterRegistry.Api.Changes;

/// <summary>
/// A position in the change feed: the id of the audit event it follows. Audit event ids are assigned by the database,
/// so a cursor stays valid across restarts and across every API node on the same database.
/// </summary>
public static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(long auditEventId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + auditEventId.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string cursor)
    {
        var bytes = new byte[(cursor.Length * 3 + 3) / 4];
        if (cursor.Length <= 64 && Convert.TryFromBase64String(cursor, bytes, out var length)
            && Encoding.UTF8.GetString(bytes, 0, length) is var text && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return id;
        throw new ExecutionError("Invalid cursor: pass an endCursor or cursor that registryChanges returned.") { Code = ErrorCodes.InvalidCursor };
    }
}
