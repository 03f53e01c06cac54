using ClusterRegistry.Batches;
using ClusterRegistry.Designations;
using static ClusterRegistry.Tests.Domain.Fixtures;

namespace ClusterRegistry.Tests.Domain;

public class ClusterRuleTests
{
    [Fact]
    public void A_cluster_cannot_hold_two_unrevoked_designations_at_one_level()
    {
        var cluster = Cluster(NationalBatch());
        var error = Assert.Throws<DomainException>(() =>
            cluster.Designate(NationalBatch(2023, "2023-10-17", "2026-10-16"), null, null, Provenance.None));
        Assert.Equal(DomainError.DuplicateDesignation, error.Error);
    }

    [Fact]
    public void A_cluster_may_hold_a_national_and_a_provincial_designation()
    {
        var cluster = Cluster(NationalBatch());
        cluster.Designate(ProvincialBatch("44"), null, null, Provenance.None);
        Assert.Equal([DesignationLevel.National, DesignationLevel.Provincial], cluster.Designations.Select(d => d.Level));
        Assert.Equal(2022, cluster.FirstBatchYear);
    }

    [Fact]
    public void After_a_revocation_the_level_is_free_again()
    {
        var cluster = Cluster(NationalBatch());
        cluster.Revoke(cluster.Designations[0], RevocationGround.UnreportedMajorChange, D("2024-01-10"), null, null);
        cluster.Designate(NationalBatch(2024, "2024-09-19", "2027-09-18"), null, null, Provenance.None);
        Assert.Equal(2, cluster.Designations.Count);
    }

    [Fact]
    public void A_provincial_batch_only_identifies_clusters_of_its_province()
    {
        var cluster = Cluster(NationalBatch());
        var error = Assert.Throws<DomainException>(() => cluster.Designate(ProvincialBatch("32"), null, null, Provenance.None));
        Assert.Equal(DomainError.InvalidRegion, error.Error);
    }

    [Theory]
    [InlineData("2022-06-01", DomainError.InvalidDate)]
    [InlineData("2022-12-31", DomainError.InvalidDate)]
    [InlineData("2023-01-01", null)]
    public void A_revocation_is_not_dated_before_the_designation_is_valid(string revokedOn, DomainError? expected)
    {
        // The 2022 batch: announced in 2022, valid from 2023-01-01.
        var cluster = Cluster(NationalBatch());
        var designation = cluster.Designations[0];

        var error = Record.Exception(() => cluster.Revoke(designation, RevocationGround.Other, D(revokedOn), null, null));

        Assert.Equal(expected, (error as DomainException)?.Error);
        Assert.Equal(expected is null, designation.IsRevoked);
    }

    [Fact]
    public void A_revoked_designation_cannot_be_reviewed_or_revoked_again()
    {
        var cluster = Cluster(NationalBatch());
        var designation = cluster.Designations[0];
        cluster.Revoke(designation, RevocationGround.CyberOrDataIncident, D("2024-01-10"), null, null);
        Assert.Equal(DomainError.DesignationRevoked, Assert.Throws<DomainException>(() =>
            cluster.RecordReview(designation, ReviewOutcome.Passed, D("2025-11-05"), null, Provenance.None)).Error);
        Assert.Equal(DomainError.DesignationRevoked, Assert.Throws<DomainException>(() =>
            cluster.Revoke(designation, RevocationGround.Other, D("2024-02-10"), null, null)).Error);
    }

    [Theory]
    [InlineData("2024-12-31", DomainError.ReviewNotDue)]
    [InlineData("2025-01-01", null)]
    public void A_review_is_recorded_from_the_first_day_of_the_final_year_of_validity(string decidedOn, DomainError? expected)
    {
        var cluster = Cluster(NationalBatch());
        var act = () => cluster.RecordReview(cluster.Designations[0], ReviewOutcome.Passed, D(decidedOn), null, Provenance.None);
        if (expected is null) act();
        else Assert.Equal(expected, Assert.Throws<DomainException>(act).Error);
    }

    [Fact]
    public void Validity_is_at_most_three_years_and_not_before_the_batch_year()
    {
        var batch = NationalBatch();
        Assert.Equal(DomainError.InvalidDate, Assert.Throws<DomainException>(() =>
            Cluster(NationalBatch()).Designate(ProvincialBatch("44"), D("2023-07-01"), D("2026-07-02"), Provenance.None)).Error);
        Assert.Equal(DomainError.InvalidDate, Assert.Throws<DomainException>(() =>
            Cluster(batch).Designate(ProvincialBatch("44", 2023), D("2022-07-01"), D("2024-07-01"), Provenance.None)).Error);
    }

    [Fact]
    public void Validity_cannot_start_after_the_batch_validity_ends() =>
        Assert.Equal(DomainError.InvalidDate, Assert.Throws<DomainException>(() =>
            Cluster(NationalBatch()).Designate(ProvincialBatch("44"), D("2026-07-01"), D("2027-07-01"), Provenance.None)).Error);

    [Fact]
    public void A_revocation_cannot_predate_the_batch()
    {
        var cluster = Cluster(NationalBatch());
        Assert.Equal(DomainError.InvalidDate, Assert.Throws<DomainException>(() =>
            cluster.Revoke(cluster.Designations[0], RevocationGround.Other, D("2021-12-31"), null, null)).Error);
    }

    [Fact]
    public void Names_are_required_and_bounded()
    {
        var batch = NationalBatch();
        Assert.Equal(DomainError.InvalidValue, Assert.Throws<DomainException>(() => Cluster(batch, "  ")).Error);
        Assert.Equal(DomainError.InvalidValue, Assert.Throws<DomainException>(() => Cluster(batch, new string('集', 201))).Error);
    }
}
