using System.Linq.Expressions;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Batches;
using ClusterRegistry.Designations;

namespace ClusterRegistry.Api.Designations;

/// <summary>The <c>where</c> conditions on a designation. Status is evaluated on the request's status date.</summary>
public sealed class DesignationFilter
{
    public List<DesignationFilter>? And { get; set; }
    public List<DesignationFilter>? Or { get; set; }
    public EnumOperationFilter<DesignationLevel>? Level { get; set; }
    public IntOperationFilter? BatchYear { get; set; }
    public EnumOperationFilter<DesignationStatus>? Status { get; set; }
    public DateOperationFilter? ValidFrom { get; set; }
    public DateOperationFilter? ValidUntil { get; set; }

    public Expression<Func<Designation, bool>> ToPredicate(DateOnly statusDate)
    {
        var parts = new List<Expression<Func<Designation, bool>>>();
        if (And is not null) parts.AddRange(And.Select(f => f.ToPredicate(statusDate)));
        if (Or is not null) parts.Add(Predicate.Or(Or.Select(f => f.ToPredicate(statusDate))));
        if (Level is not null) parts.Add(Level.ToPredicate<Designation>(d => d.Level));
        if (BatchYear is not null) parts.Add(BatchYear.ToPredicate<Designation>(d => d.Batch.Year));
        if (Status is not null)
            parts.Add(Predicate.Or(Status.Accepted().Select(s => DesignationStatusFilter.HasStatusOn(s, statusDate))));
        if (ValidFrom is not null) parts.Add(ValidFrom.ToPredicate<Designation>(d => d.ValidFrom));
        if (ValidUntil is not null) parts.Add(ValidUntil.ToPredicate<Designation>(d => d.ValidUntil));
        return Predicate.And(parts);
    }
}
