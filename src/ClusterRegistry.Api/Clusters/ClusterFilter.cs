using System.Linq.Expressions;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Policies;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using ClusterRegistry.Policies;
using ClusterRegistry.Regions;

namespace ClusterRegistry.Api.Clusters;

/// <summary>The <c>where</c> argument of <c>clusters</c>, in HotChocolate's filter conventions.</summary>
public sealed class ClusterFilter
{
    public List<ClusterFilter>? And { get; set; }
    public List<ClusterFilter>? Or { get; set; }
    public StringOperationFilter? Name { get; set; }
    public StringOperationFilter? NameEn { get; set; }
    public StringOperationFilter? LeadIndustry { get; set; }
    public StringOperationFilter? IndustryCode { get; set; }
    public RegionFilter? Province { get; set; }
    public RegionFilter? Prefecture { get; set; }
    public RegionFilter? County { get; set; }
    public IntOperationFilter? FirstBatchYear { get; set; }
    public DateOperationFilter? ValidUntil { get; set; }
    public ListFilter<DesignationFilter>? Designations { get; set; }
    public ListFilter<PolicySupportFilter>? PolicySupports { get; set; }

    public Expression<Func<Cluster, bool>> ToPredicate(IQueryable<Region> regions, DateOnly statusDate)
    {
        var parts = new List<Expression<Func<Cluster, bool>>>();
        if (And is not null) parts.AddRange(And.Select(f => f.ToPredicate(regions, statusDate)));
        if (Or is not null) parts.Add(Predicate.Or(Or.Select(f => f.ToPredicate(regions, statusDate))));
        if (Name is not null) parts.Add(Name.ToPredicate<Cluster>(c => c.NameZh));
        if (NameEn is not null) parts.Add(NameEn.ToPredicate<Cluster>(c => c.NameEn));
        if (LeadIndustry is not null) parts.Add(LeadIndustry.ToPredicate<Cluster>(c => c.LeadIndustry));
        if (IndustryCode is not null) parts.Add(IndustryCode.ToPredicate<Cluster>(c => c.IndustryCode));
        if (Province is not null) parts.Add(Province.ToPredicate<Cluster>(regions, c => c.ProvinceCode));
        if (Prefecture is not null) parts.Add(Prefecture.ToPredicate<Cluster>(regions, c => c.PrefectureCode));
        if (County is not null) parts.Add(County.ToPredicate<Cluster>(regions, c => c.CountyCode));
        if (FirstBatchYear is not null) parts.Add(FirstBatchYear.ToPredicate<Cluster>(c => c.FirstBatchYear));
        if (ValidUntil is not null) parts.Add(ValidUntil.ToPredicate<Cluster>(c => c.ValidUntil));
        if (Designations is not null)
            parts.Add(Designations.ToPredicate<Cluster, Designation, DesignationFilter>(c => c.Designations, f => f.ToPredicate(statusDate)));
        if (PolicySupports is not null)
            parts.Add(PolicySupports.ToPredicate<Cluster, PolicySupport, PolicySupportFilter>(c => c.PolicySupports, f => f.ToPredicate()));
        return Predicate.And(parts);
    }
}

/// <summary>Conditions on a division by code or by name; a name condition looks the division up.</summary>
public sealed class RegionFilter
{
    public StringOperationFilter? Code { get; set; }
    public StringOperationFilter? Name { get; set; }

    public Expression<Func<T, bool>> ToPredicate<T>(IQueryable<Region> regions, Expression<Func<T, string>> code)
    {
        var parts = new List<Expression<Func<T, bool>>>();
        if (Code is not null) parts.Add(Code.ToPredicate(Nullable(code)));
        if (Name is not null)
        {
            var named = Name.ToPredicate<Region>(r => r.Name);
            var region = named.Parameters[0];
            var match = Expression.Lambda<Func<Region, bool>>(
                Expression.AndAlso(Expression.Equal(Expression.Property(region, nameof(Region.Code)), code.Body), named.Body), region);
            var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(Region)], regions.Expression, Expression.Quote(match));
            parts.Add(Expression.Lambda<Func<T, bool>>(any, code.Parameters));
        }
        return Predicate.And(parts);
    }

    private static Expression<Func<T, string?>> Nullable<T>(Expression<Func<T, string>> code) =>
        Expression.Lambda<Func<T, string?>>(code.Body, code.Parameters);
}
