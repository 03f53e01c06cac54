using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Policies;
using GraphQL.Types;

namespace ClusterRegistry.Api.Policies;

public sealed class PolicySupportFilterInputType : InputObjectGraphType<PolicySupportFilter>
{
    public PolicySupportFilterInputType()
    {
        Name = "PolicySupportFilterInput";
        Description = "Conditions on a policy support measure; all that are given must hold.";
        Field<ListGraphType<NonNullGraphType<PolicySupportFilterInputType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<PolicySupportFilterInputType>>>("or").Description("At least one of these holds.");
        Field<PolicySupportKindOperationFilterInputType>("kind").Description("The kind of support.");
        Field<AuthorityLevelOperationFilterInputType>("issuingLevel").Description("The level of the issuing authority.");
        Field<StringOperationFilterInputType>("title").Description("The measure's title.");
        Field<StringOperationFilterInputType>("issuingAuthority").Description("The issuing authority.");
        Field<DateOperationFilterInputType>("startsOn").Description("The first day the measure applies.");
    }
}

public sealed class PolicySupportKindOperationFilterInputType()
    : EnumOperationFilterInputType<PolicySupportKind, PolicySupportKindType>("PolicySupportKind");

public sealed class AuthorityLevelOperationFilterInputType()
    : EnumOperationFilterInputType<AuthorityLevel, AuthorityLevelType>("AuthorityLevel");

public sealed class ListPolicySupportFilterInputType()
    : ListFilterInputType<PolicySupportFilter, PolicySupportFilterInputType>("PolicySupport", "policy support measures");
