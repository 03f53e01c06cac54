namespace ClusterRegistry.Clusters;

/// <summary>
/// A cluster's yearly report on the previous year (每年报送上一年度工作情况), with the figures MIIT monitors.
/// </summary>
public sealed class AnnualReport
{
    private AnnualReport() { }

    internal AnnualReport(int reportingYear, DateOnly submittedOn, AnnualFigures figures)
    {
        if (submittedOn.Year <= reportingYear)
            throw new DomainException(DomainError.InvalidDate, $"A report on {reportingYear} is submitted in a later year.");
        figures.Validate();
        ReportingYear = reportingYear;
        SubmittedOn = submittedOn;
        OutputValueCny = figures.OutputValueCny;
        EnterpriseCount = figures.EnterpriseCount;
        SmeCount = figures.SmeCount;
        SmeOutputShare = figures.SmeOutputShare;
        RdSpendingCny = figures.RdSpendingCny;
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int ReportingYear { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public decimal? OutputValueCny { get; private set; }
    public int? EnterpriseCount { get; private set; }
    public int? SmeCount { get; private set; }

    /// <summary>The SMEs' share of the cluster's output, 0 to 1 (the criteria ask for more than 0.7).</summary>
    public decimal? SmeOutputShare { get; private set; }

    public decimal? RdSpendingCny { get; private set; }
}

public sealed record AnnualFigures(decimal? OutputValueCny, int? EnterpriseCount, int? SmeCount, decimal? SmeOutputShare, decimal? RdSpendingCny)
{
    internal void Validate()
    {
        if (OutputValueCny is < 0 || RdSpendingCny is < 0 || EnterpriseCount is < 0 || SmeCount is < 0)
            throw new DomainException(DomainError.InvalidValue, "Figures cannot be negative.");
        if (SmeCount > EnterpriseCount)
            throw new DomainException(DomainError.InvalidValue, "There cannot be more SMEs than enterprises.");
        if (SmeOutputShare is < 0 or > 1)
            throw new DomainException(DomainError.InvalidValue, "The SME output share is a fraction from 0 to 1.");
    }
}
