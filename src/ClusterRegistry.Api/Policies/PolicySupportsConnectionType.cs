using ClusterRegistry.Api.Paging;
using ClusterRegistry.Policies;

namespace ClusterRegistry.Api.Policies;

public sealed class PolicySupportsConnectionType()
    : ConnectionType<PolicySupportType, PolicySupportsEdgeType, PolicySupport>("PolicySupports", "policy support measures");

public sealed class PolicySupportsEdgeType() : EdgeType<PolicySupportType, PolicySupport>("PolicySupports", "a policy support measure");
