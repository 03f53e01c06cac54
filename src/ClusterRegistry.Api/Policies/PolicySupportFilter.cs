using System.Linq.Expressions;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Policies;

namespace ClusterRegistry.Api.Policies;

public sealed class PolicySupportFilter
{
    public List<PolicySupportFilter>? And { get; set; }
    public List<PolicySupportFilter>? Or { get; set; }
    public EnumOperationFilter<PolicySupportKind>? Kind { get; set; }
    public EnumOperationFilter<AuthorityLevel>? IssuingLevel { get; set; }
    public StringOperationFilter? Title { get; set; }
    public StringOperationFilter? IssuingAuthority { get; set; }
    public DateOperationFilter? StartsOn { get; set; }

    public Expression<Func<PolicySupport, bool>> ToPredicate()
    {
        var parts = new List<Expression<Func<PolicySupport, bool>>>();
        if (And is not null) parts.AddRange(And.Select(f => f.ToPredicate()));
        if (Or is not null) parts.Add(Predicate.Or(Or.Select(f => f.ToPredicate())));
        if (Kind is not null) parts.Add(Kind.ToPredicate<PolicySupport>(p => p.Kind));
        if (IssuingLevel is not null) parts.Add(IssuingLevel.ToPredicate<PolicySupport>(p => p.IssuingLevel));
        if (Title is not null) parts.Add(Title.ToPredicate<PolicySupport>(p => p.Title));
        if (IssuingAuthority is not null) parts.Add(IssuingAuthority.ToPredicate<PolicySupport>(p => p.IssuingAuthority));
        if (StartsOn is not null) parts.Add(StartsOn.ToPredicate<PolicySupport>(p => p.StartsOn));
        return Predicate.And(parts);
    }
}
