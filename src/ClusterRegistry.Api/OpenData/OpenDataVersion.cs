using System.Security.Cryptography;
using System.Text;
using ClusterRegistry.Data;
using ClusterRegistry.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.OpenData;

/// <summary>
/// The version of the data a download shows: the registry's data version (the newest audit event, see
/// <see cref="Caching.RegistryDataVersion"/>) plus the build, whose embedded seed data a start-up may have added.
/// </summary>
public sealed record OpenDataVersion(long AuditEventId, DateTimeOffset LastModified)
{
    private static readonly string Build = typeof(OpenDataVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>When the seed data of this build were written: the earliest a start-up could have loaded them.</summary>
    private static readonly DateTimeOffset SeedDataWritten = Truncate(File.GetLastWriteTimeUtc(typeof(SeedFiles).Assembly.Location));

    public static async Task<OpenDataVersion> ReadAsync(IDbContextFactory<RegistryDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var newest = await db.AuditEvents.OrderByDescending(e => e.Id).Select(e => new { e.Id, e.OccurredAtUtc }).FirstOrDefaultAsync(ct);
        if (newest is null) return new OpenDataVersion(0, SeedDataWritten);
        var changed = Truncate(DateTime.SpecifyKind(newest.OccurredAtUtc, DateTimeKind.Utc));
        return new OpenDataVersion(newest.Id, changed > SeedDataWritten ? changed : SeedDataWritten);
    }

    /// <summary>A strong ETag for one representation: the data version, the build, and what the request selects.</summary>
    public string ETag(params string[] representation)
    {
        var key = string.Join('\n', [Build, AuditEventId.ToString(System.Globalization.CultureInfo.InvariantCulture), .. representation]);
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16)}\"";
    }

    // HTTP dates have whole seconds.
    private static DateTimeOffset Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
