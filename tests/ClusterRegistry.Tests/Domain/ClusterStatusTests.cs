using ClusterRegistry.Batches;
using ClusterRegistry.Designations;

namespace ClusterRegistry.Tests.Domain;

/// <summary>Synthetic timelines: a cluster's status at a level is that of its latest designation that has started.</summary>
public class ClusterStatusTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    private static DesignationTimeline Timeline(DesignationLevel level, string from, string until, string? revokedOn = null,
        params Extension[] extensions) =>
        new(1, level, D(from), D(until), revokedOn is null ? null : D(revokedOn), extensions);

    [Fact]
    public void A_cluster_without_a_designation_at_the_level_has_no_status() =>
        Assert.Null(ClusterStatus.On([Timeline(DesignationLevel.Provincial, "2021-01-01", "2023-12-31")], DesignationLevel.National, D("2022-06-01")));

    [Fact]
    public void Before_its_first_designation_starts_a_cluster_is_not_yet_valid() =>
        Assert.Equal(DesignationStatus.NotYetValid,
            ClusterStatus.On([Timeline(DesignationLevel.National, "2023-01-01", "2025-12-31")], DesignationLevel.National, D("2022-12-31")));

    [Theory]
    [InlineData("2023-06-01", DesignationStatus.Revoked)]
    [InlineData("2024-06-01", DesignationStatus.Active)]
    public void The_latest_started_designation_decides(string on, DesignationStatus expected)
    {
        DesignationTimeline[] timelines =
        [
            Timeline(DesignationLevel.National, "2024-01-01", "2026-12-31"),
            Timeline(DesignationLevel.National, "2022-01-01", "2024-12-31", revokedOn: "2023-03-01"),
        ];
        Assert.Equal(expected, ClusterStatus.On(timelines, DesignationLevel.National, D(on)));
    }

    [Theory]
    [InlineData("2025-12-31", DesignationStatus.ReviewPending)]
    [InlineData("2026-01-01", DesignationStatus.Active)]
    [InlineData("2028-12-31", DesignationStatus.ReviewPending)]
    public void A_passed_review_extends_from_its_decision_to_its_new_end(string on, DesignationStatus expected) =>
        Assert.Equal(expected, Timeline(DesignationLevel.National, "2022-01-01", "2024-12-31", null,
            new Extension(D("2026-01-01"), D("2027-12-31"))).StatusOn(D(on)));
}
