using System.Linq.Expressions;

namespace ClusterRegistry.Api.Filtering;

/// <summary>Operators on an enum field.</summary>
public sealed class EnumOperationFilter<TEnum> where TEnum : struct, Enum
{
    public TEnum? Eq { get; set; }
    public TEnum? Neq { get; set; }
    public List<TEnum>? In { get; set; }
    public List<TEnum>? Nin { get; set; }

    /// <summary>The values the filter accepts, for fields that are computed rather than stored (e.g. status on a date).</summary>
    public IEnumerable<TEnum> Accepted() => Enum.GetValues<TEnum>().Where(v =>
        (Eq is null || Eq.Value.Equals(v)) && (Neq is null || !Neq.Value.Equals(v))
        && (In is null || In.Contains(v)) && (Nin is null || !Nin.Contains(v)));

    public Expression<Func<T, bool>> ToPredicate<T>(Expression<Func<T, TEnum>> member)
    {
        var accepted = Accepted().ToList();
        return Expression.Lambda<Func<T, bool>>(OperationLists.IsIn(member.Body, accepted), member.Parameters);
    }
}
