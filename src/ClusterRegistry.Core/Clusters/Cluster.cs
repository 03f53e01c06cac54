using ClusterRegistry.Batches;
using ClusterRegistry.Designations;
using ClusterRegistry.Industries;
using ClusterRegistry.Policies;

namespace ClusterRegistry.Clusters;

/// <summary>
/// An SME characteristic industrial cluster (中小企业特色产业集群): the aggregate through which its designations,
/// reviews and revocations change.
/// </summary>
public sealed class Cluster
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxBasisLength = 400;

    private readonly List<Designation> _designations = [];
    private readonly List<PolicySupport> _policySupports = [];
    private readonly List<ChangeFiling> _changeFilings = [];
    private readonly List<AnnualReport> _annualReports = [];

    private Cluster() { }

    private Cluster(string nameZh, ClusterLocation location, string leadIndustry, Provenance provenance)
    {
        NameZh = Required(nameZh, nameof(NameZh), MaxNameLength);
        LeadIndustry = Required(leadIndustry, nameof(LeadIndustry), MaxNameLength);
        ProvinceCode = location.ProvinceCode;
        PrefectureCode = location.PrefectureCode;
        CountyCode = location.CountyCode;
        Provenance = provenance;
    }

    /// <summary>A cluster enters the registry when a batch first identifies it, so it always has a designation.</summary>
    public static Cluster Identify(string nameZh, ClusterLocation location, string leadIndustry, IdentificationBatch batch,
        DateOnly? validFrom, DateOnly? validUntil, Provenance provenance)
    {
        var cluster = new Cluster(nameZh, location, leadIndustry, provenance);
        cluster.Designate(batch, validFrom, validUntil, provenance);
        return cluster;
    }

    public int Id { get; private set; }
    public string NameZh { get; private set; } = "";
    public string? NameEn { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public string PrefectureCode { get; private set; } = "";
    public string CountyCode { get; private set; } = "";

    /// <summary>The lead industry (主导产业) as named by the source.</summary>
    public string LeadIndustry { get; private set; } = "";

    /// <summary>The GB/T 4754-2017 division of the lead industry, official or derived (see <see cref="IndustrySource"/>).</summary>
    public string? IndustryCode { get; private set; }

    /// <summary>Who classified the lead industry; null while nobody has.</summary>
    public ClassificationSource? IndustrySource { get; private set; }

    /// <summary>How sure a derived classification is; null for an official one.</summary>
    public ClassificationConfidence? IndustryConfidence { get; private set; }

    /// <summary>Why a derived classification chose its division (the GB/T 4754 class, or the alternatives).</summary>
    public string? IndustryBasis { get; private set; }

    /// <summary>The cluster operating management institution (集群运营管理机构).</summary>
    public string? OperatingInstitution { get; private set; }

    public string? Description { get; private set; }
    public Provenance Provenance { get; private set; } = Provenance.None;

    /// <summary>The year of the earliest batch that identified the cluster (kept for sorting and paging).</summary>
    public int FirstBatchYear { get; private set; }

    /// <summary>The latest end of validity over its designations (kept for sorting and paging).</summary>
    public DateOnly ValidUntil { get; private set; }

    public IReadOnlyList<Designation> Designations => _designations;
    public IReadOnlyList<PolicySupport> PolicySupports => _policySupports;
    public IReadOnlyList<ChangeFiling> ChangeFilings => _changeFilings;
    public IReadOnlyList<AnnualReport> AnnualReports => _annualReports;
    public byte[] Version { get; private set; } = [];

    public Designation Designate(IdentificationBatch batch, DateOnly? validFrom, DateOnly? validUntil, Provenance provenance)
    {
        if (batch.Level == DesignationLevel.Provincial && batch.ProvinceCode != ProvinceCode)
            throw new DomainException(DomainError.InvalidRegion,
                $"A batch of province {batch.ProvinceCode} cannot identify a cluster in province {ProvinceCode}.");
        if (_designations.Any(d => d.Batch == batch || (batch.Id != 0 && d.BatchId == batch.Id)))
            throw new DomainException(DomainError.DuplicateDesignation, "The cluster is already identified in this batch.");

        var designation = new Designation(batch, validFrom ?? batch.ValidFrom, validUntil ?? batch.ValidUntil, provenance);
        if (_designations.Any(d => d.Level == batch.Level && d.OccupiesLevelOn(designation.ValidFrom)))
            throw new DomainException(DomainError.DuplicateDesignation,
                $"The cluster already holds an unrevoked {batch.Level} designation valid on {designation.ValidFrom:yyyy-MM-dd}.");
        _designations.Add(designation);
        Refresh();
        return designation;
    }

    public Review RecordReview(Designation designation, ReviewOutcome outcome, DateOnly decidedOn, string? document, Provenance provenance)
    {
        var review = Own(designation).RecordReview(outcome, decidedOn, document, provenance);
        Refresh();
        return review;
    }

    public void Revoke(Designation designation, RevocationGround ground, DateOnly revokedOn, string? document, string? note)
    {
        Own(designation).Revoke(ground, revokedOn, document, note);
        Refresh();
    }

    public void UpdateProfile(string? nameEn, string? operatingInstitution, string? description)
    {
        NameEn = Optional(nameEn, nameof(NameEn), MaxNameLength);
        OperatingInstitution = Optional(operatingInstitution, nameof(OperatingInstitution), MaxNameLength);
        Description = Optional(description, nameof(Description), MaxTextLength);
    }

    /// <summary>An official's classification (null: unclassified), which derived ones never replace.</summary>
    public void ClassifyIndustry(string? divisionCode)
    {
        IndustryCode = divisionCode;
        IndustrySource = ClassificationSource.Official;
        IndustryConfidence = null;
        IndustryBasis = null;
    }

    /// <summary>
    /// Applies a curator-derived classification unless an official has classified the cluster.
    /// Returns whether anything changed.
    /// </summary>
    public bool ClassifyIndustryDerived(string divisionCode, ClassificationConfidence confidence, string? basis)
    {
        if (IndustrySource == ClassificationSource.Official) return false;
        basis = Optional(basis, nameof(IndustryBasis), MaxBasisLength);
        if (IndustrySource == ClassificationSource.Derived && IndustryCode == divisionCode && IndustryConfidence == confidence && IndustryBasis == basis)
            return false;
        IndustryCode = divisionCode;
        IndustrySource = ClassificationSource.Derived;
        IndustryConfidence = confidence;
        IndustryBasis = basis;
        return true;
    }

    /// <summary>
    /// Files a major change (重大变动). A new lead industry or operating institution takes effect on the cluster;
    /// a change of spatial scope stays within the county and is recorded as filed.
    /// </summary>
    public ChangeFiling FileChange(ChangeKind kind, DateOnly changedOn, DateOnly filedOn, string description,
        string? newLeadIndustry, string? newIndustryCode, string? newOperatingInstitution)
    {
        if (changedOn < new DateOnly(FirstBatchYear, 1, 1))
            throw new DomainException(DomainError.InvalidDate, "A filed change cannot predate the cluster's identification.");
        var filing = new ChangeFiling(kind, changedOn, filedOn, description);
        switch (kind)
        {
            case ChangeKind.LeadIndustry:
                LeadIndustry = Required(newLeadIndustry ?? "", "NewLeadIndustry", MaxNameLength);
                ClassifyIndustry(newIndustryCode);
                break;
            case ChangeKind.OperatingInstitution:
                OperatingInstitution = Required(newOperatingInstitution ?? "", "NewOperatingInstitution", MaxNameLength);
                break;
        }
        _changeFilings.Add(filing);
        return filing;
    }

    public AnnualReport RecordAnnualReport(int reportingYear, DateOnly submittedOn, AnnualFigures figures)
    {
        if (reportingYear < FirstBatchYear)
            throw new DomainException(DomainError.InvalidValue, $"The cluster was first identified in {FirstBatchYear}; it reports from that year on.");
        if (_annualReports.Any(r => r.ReportingYear == reportingYear))
            throw new DomainException(DomainError.DuplicateReport, $"A report on {reportingYear} is already recorded.");
        var report = new AnnualReport(reportingYear, submittedOn, figures);
        _annualReports.Add(report);
        return report;
    }

    private Designation Own(Designation designation) =>
        _designations.Contains(designation)
            ? designation
            : throw new DomainException(DomainError.NotFound, "The designation does not belong to this cluster.");

    private void Refresh()
    {
        FirstBatchYear = _designations.Min(d => d.Batch.Year);
        ValidUntil = _designations.Max(d => d.ValidUntil);
    }

    private static string Required(string value, string field, int maxLength) =>
        Optional(value, field, maxLength) ?? throw new DomainException(DomainError.InvalidValue, $"{field} is required.");

    private static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException(DomainError.InvalidValue, $"{field} is longer than {maxLength} characters.");
    }
}
