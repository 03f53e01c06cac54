namespace ClusterRegistry.Designations;

/// <summary>Grounds for revocation (撤销认定) listed in regulation notes §2, Chapter 4.</summary>
public enum RevocationGround
{
    UnreportedMajorChange = 1,
    SafetyQualityEnvironmentAccident = 2,
    CyberOrDataIncident = 3,
    TaxLegalOrCreditViolation = 4,
    ReviewNotApplied = 5,
    ReviewFailed = 6,
    FalseMaterials = 7,
    Other = 8,
}
