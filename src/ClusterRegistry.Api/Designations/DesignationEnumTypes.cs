using ClusterRegistry.Api.Schema;
using ClusterRegistry.Designations;

namespace ClusterRegistry.Api.Designations;

public sealed class DesignationStatusType() : DescribedEnumType<DesignationStatus>(
    "A designation's status on a given date.",
    new Dictionary<DesignationStatus, string>
    {
        [DesignationStatus.NotYetValid] = "Identified, but validity has not begun.",
        [DesignationStatus.Active] = "Within its validity, as announced or as extended by a passed review.",
        [DesignationStatus.ReviewPending] = "Validity has ended and no review outcome is recorded.",
        [DesignationStatus.Revoked] = "The identification was revoked (撤销认定), including for a failed review.",
    });

public sealed class ReviewOutcomeType() : DescribedEnumType<ReviewOutcome>(
    "The outcome of a review (复核).",
    new Dictionary<ReviewOutcome, string>
    {
        [ReviewOutcome.Passed] = "Passed: validity is extended by three years.",
        [ReviewOutcome.Failed] = "Failed: the identification is revoked.",
    });

public sealed class RevocationGroundType() : DescribedEnumType<RevocationGround>(
    "Grounds for revoking an identification.",
    new Dictionary<RevocationGround, string>
    {
        [RevocationGround.UnreportedMajorChange] = "A major change of lead industry, spatial scope or operating institution was not filed in time.",
        [RevocationGround.SafetyQualityEnvironmentAccident] = "A serious (较大及以上) safety, quality or environmental-pollution accident.",
        [RevocationGround.CyberOrDataIncident] = "A major (重大及以上) cybersecurity or data-security incident.",
        [RevocationGround.TaxLegalOrCreditViolation] = "Tax evasion, violations of law, serious dishonesty or other major problems.",
        [RevocationGround.ReviewNotApplied] = "Validity expired without an application for review.",
        [RevocationGround.ReviewFailed] = "The cluster failed its review.",
        [RevocationGround.FalseMaterials] = "False application materials (whether this applies after identification is unconfirmed).",
        [RevocationGround.Other] = "Another ground, stated in the note.",
    });
