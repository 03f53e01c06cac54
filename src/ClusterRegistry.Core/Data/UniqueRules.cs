using System.Linq.Expressions;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using ClusterRegistry.Idempotency;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClusterRegistry.Data;

/// <summary>
/// The registry rule each unique index enforces. When two officials race, the database's index stops the second write
/// and the official gets the rule's own error. A test checks that every unique index of the model is named here.
/// </summary>
public static class UniqueRules
{
    public static readonly IReadOnlyList<UniqueRule> All =
    [
        UniqueRule.On<IdentificationBatch>(b => new { b.Level, b.Year, b.ProvinceCode }, DomainError.DuplicateBatch, "A batch of that level, year and province is already recorded."),
        UniqueRule.On<Cluster>(c => new { c.CountyCode, c.NameZh }, DomainError.DuplicateCluster, "The county already has a cluster of that name; identify it with clusterId instead."),
        UniqueRule.On<Designation>(d => new { d.BatchId, d.ClusterId }, DomainError.DuplicateDesignation, "The cluster is already identified in this batch."),
        UniqueRule.On<AnnualReport>(r => new { r.ClusterId, r.ReportingYear }, DomainError.DuplicateReport, "A report on that year is already recorded."),
        UniqueRule.On<IdempotencyRecord>(r => new { r.OfficialSubject, r.Key }, DomainError.Conflict, "This Idempotency-Key is already held by a request of this official."),
    ];

    /// <summary>The rule a unique index of the model enforces, or null when none is named.</summary>
    public static UniqueRule? Of(IReadOnlyIndex index) => All.FirstOrDefault(rule =>
        rule.Entity == index.DeclaringEntityType.ClrType && rule.Properties.SequenceEqual(index.Properties.Select(p => p.Name)));
}

/// <summary>A unique key (written as in <c>HasIndex</c>) and the error a duplicate of it gets.</summary>
public sealed record UniqueRule(Type Entity, IReadOnlyList<string> Properties, DomainError Error, string Message)
{
    public static UniqueRule On<T>(Expression<Func<T, object?>> key, DomainError error, string message) =>
        new(typeof(T), ((NewExpression)key.Body).Members!.Select(m => m.Name).ToList(), error, message);

    public DomainException Exception() => new(Error, Message);
}
