using ClusterRegistry.Api.Paging;
using ClusterRegistry.Clusters;

namespace ClusterRegistry.Api.Clusters;

public sealed class ClustersConnectionType() : ConnectionType<ClusterType, ClustersEdgeType, Cluster>("Clusters", "clusters");

public sealed class ClustersEdgeType() : EdgeType<ClusterType, Cluster>("Clusters", "a cluster");
