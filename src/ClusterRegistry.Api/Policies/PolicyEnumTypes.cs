using ClusterRegistry.Api.Schema;
using ClusterRegistry.Policies;

namespace ClusterRegistry.Api.Policies;

public sealed class PolicySupportKindType() : DescribedEnumType<PolicySupportKind>(
    "Kinds of policy support (Art. 8 of the Measures).",
    new Dictionary<PolicySupportKind, string>
    {
        [PolicySupportKind.Finance] = "Fiscal and financial support (财政、金融).",
        [PolicySupportKind.Industry] = "Industrial policy support (产业).",
        [PolicySupportKind.Innovation] = "Innovation support (创新).",
        [PolicySupportKind.Land] = "Land support (土地).",
        [PolicySupportKind.Talent] = "Talent support (人才).",
        [PolicySupportKind.Other] = "Other support, e.g. major projects or industrial investment funds.",
    });

public sealed class AuthorityLevelType() : DescribedEnumType<AuthorityLevel>(
    "The level of the authority that issued a measure.",
    new Dictionary<AuthorityLevel, string>
    {
        [AuthorityLevel.National] = "A national authority, e.g. MIIT.",
        [AuthorityLevel.Provincial] = "A provincial-level authority.",
        [AuthorityLevel.Prefecture] = "A prefecture-level authority.",
        [AuthorityLevel.County] = "A county-level authority.",
    });
