using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using ClusterRegistry.Policies;

namespace ClusterRegistry.Audit;

/// <summary>The values of a record as an audit event stores them: JSON of the facts an official can change.</summary>
public static class AuditSnapshot
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Of(Cluster c) => Serialize(new
    {
        c.NameZh, c.NameEn, c.ProvinceCode, c.PrefectureCode, c.CountyCode, c.LeadIndustry, c.IndustryCode,
        IndustrySource = c.IndustrySource?.ToString(), c.OperatingInstitution, c.Description, c.FirstBatchYear, c.ValidUntil,
        c.Provenance.SourceUrl,
    });

    public static string Of(Designation d) => Serialize(new
    {
        d.ClusterId, d.BatchId, Level = d.Level.ToString(), d.ValidFrom, d.InitialValidUntil, d.ValidUntil, d.Provenance.SourceUrl,
        Reviews = d.Reviews.Select(r => new { Outcome = r.Outcome.ToString(), r.DecidedOn, r.Document, r.ExtendedUntil }),
        Revocation = d.Revocation is { } x ? new { Ground = x.Ground.ToString(), x.RevokedOn, x.Document, x.Note } : null,
    });

    public static string Of(IdentificationBatch b) => Serialize(new
    {
        Level = b.Level.ToString(), b.Year, b.ProvinceCode, b.IssuingAuthority, b.NoticeDocument, b.NoticeDate,
        b.AnnouncementDocument, b.AnnouncementDate, b.ValidFrom, b.ValidUntil, b.ValidityNote,
    });

    public static string Of(PolicySupport p) => Serialize(new
    {
        Kind = p.Kind.ToString(), IssuingLevel = p.IssuingLevel.ToString(), p.IssuingAuthority, p.Title, p.StartsOn, p.EndsOn, p.AmountCny,
        ClusterIds = p.Clusters.Select(c => c.Id),
    });

    public static string Of(ChangeFiling f) => Serialize(new { Kind = f.Kind.ToString(), f.ChangedOn, f.FiledOn, f.Description });

    public static string Of(AnnualReport r) => Serialize(new
    {
        r.ReportingYear, r.SubmittedOn, r.OutputValueCny, r.EnterpriseCount, r.SmeCount, r.SmeOutputShare, r.RdSpendingCny,
    });

    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json);
}
