using ClusterRegistry.Designations;
using static ClusterRegistry.Tests.Domain.Fixtures;

namespace ClusterRegistry.Tests.Domain;

public class DesignationStatusTests
{
    [Theory]
    [InlineData("2022-12-31", DesignationStatus.NotYetValid)]
    [InlineData("2023-01-01", DesignationStatus.Active)]
    [InlineData("2025-12-31", DesignationStatus.Active)]
    [InlineData("2026-01-01", DesignationStatus.ReviewPending)]
    [InlineData("2030-06-01", DesignationStatus.ReviewPending)]
    public void Without_review_validity_runs_out_into_review_pending(string on, DesignationStatus expected)
    {
        var designation = Cluster(NationalBatch()).Designations[0];
        Assert.Equal(expected, designation.StatusOn(D(on)));
    }

    [Theory]
    [InlineData("2025-11-04", DesignationStatus.Active)]
    [InlineData("2025-12-31", DesignationStatus.Active)]
    [InlineData("2026-01-01", DesignationStatus.Active)]
    [InlineData("2028-12-31", DesignationStatus.Active)]
    [InlineData("2029-01-01", DesignationStatus.ReviewPending)]
    public void A_passed_review_extends_validity_by_three_years_from_the_previous_end(string on, DesignationStatus expected)
    {
        var cluster = Cluster(NationalBatch());
        var designation = cluster.Designations[0];
        var review = cluster.RecordReview(designation, ReviewOutcome.Passed, D("2025-11-05"), "synthetic doc", Provenance.None);

        Assert.Equal(D("2028-12-31"), review.ExtendedUntil);
        Assert.Equal(D("2028-12-31"), designation.ValidUntil);
        Assert.Equal(D("2025-12-31"), designation.InitialValidUntil);
        Assert.Equal(D("2028-12-31"), cluster.ValidUntil);
        Assert.Equal(expected, designation.StatusOn(D(on)));
    }

    [Fact]
    public void A_review_passed_after_expiry_leaves_the_gap_review_pending()
    {
        var cluster = Cluster(NationalBatch());
        var designation = cluster.Designations[0];
        cluster.RecordReview(designation, ReviewOutcome.Passed, D("2026-03-01"), null, Provenance.None);

        Assert.Equal(DesignationStatus.ReviewPending, designation.StatusOn(D("2026-02-28")));
        Assert.Equal(DesignationStatus.Active, designation.StatusOn(D("2026-03-01")));
    }

    [Fact]
    public void A_failed_review_revokes_on_the_day_of_the_outcome()
    {
        var cluster = Cluster(NationalBatch());
        var designation = cluster.Designations[0];
        cluster.RecordReview(designation, ReviewOutcome.Failed, D("2025-11-05"), "synthetic doc", Provenance.None);

        Assert.Equal(RevocationGround.ReviewFailed, designation.Revocation!.Ground);
        Assert.Equal(DesignationStatus.Active, designation.StatusOn(D("2025-11-04")));
        Assert.Equal(DesignationStatus.Revoked, designation.StatusOn(D("2025-11-05")));
        Assert.Equal(D("2025-12-31"), designation.ValidUntil);
    }

    [Theory]
    [InlineData("2024-06-09", DesignationStatus.Active)]
    [InlineData("2024-06-10", DesignationStatus.Revoked)]
    [InlineData("2027-01-01", DesignationStatus.Revoked)]
    public void Revocation_takes_effect_on_its_date(string on, DesignationStatus expected)
    {
        var cluster = Cluster(NationalBatch());
        cluster.Revoke(cluster.Designations[0], RevocationGround.SafetyQualityEnvironmentAccident, D("2024-06-10"), null, null);
        Assert.Equal(expected, cluster.Designations[0].StatusOn(D(on)));
    }

    [Fact]
    public void The_query_predicates_and_projection_agree_with_the_rule_on_every_transition()
    {
        var plain = Cluster(NationalBatch()).Designations[0];
        var extendedCluster = Cluster(NationalBatch());
        extendedCluster.RecordReview(extendedCluster.Designations[0], ReviewOutcome.Passed, D("2026-03-01"), null, Provenance.None);
        var failedCluster = Cluster(NationalBatch());
        failedCluster.RecordReview(failedCluster.Designations[0], ReviewOutcome.Failed, D("2025-11-05"), null, Provenance.None);
        var revokedCluster = Cluster(NationalBatch());
        revokedCluster.Revoke(revokedCluster.Designations[0], RevocationGround.Other, D("2024-06-10"), null, null);
        Designation[] designations = [plain, extendedCluster.Designations[0], failedCluster.Designations[0], revokedCluster.Designations[0]];
        string[] dates = ["2022-12-31", "2023-01-01", "2024-06-09", "2024-06-10", "2025-11-04", "2025-11-05", "2025-12-31",
            "2026-01-01", "2026-02-28", "2026-03-01", "2028-12-31", "2029-01-01"];

        foreach (var designation in designations)
        foreach (var date in dates.Select(D))
            Assert.Equal(designation.StatusOn(date), DesignationStatusFilter.StatusOn(date).Compile()(designation).Status);

        foreach (var designation in designations)
        foreach (var date in dates.Select(D))
        foreach (var status in Enum.GetValues<DesignationStatus>())
        {
            var predicate = DesignationStatusFilter.HasStatusOn(status, date).Compile();
            Assert.True(predicate(designation) == (designation.StatusOn(date) == status),
                $"{status} on {date}: rule says {designation.StatusOn(date)}");
        }
    }
}
