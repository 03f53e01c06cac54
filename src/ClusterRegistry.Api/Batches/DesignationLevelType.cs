using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;

namespace ClusterRegistry.Api.Batches;

public sealed class DesignationLevelType() : DescribedEnumType<DesignationLevel>(
    "The level at which a cluster is identified.",
    new Dictionary<DesignationLevel, string>
    {
        [DesignationLevel.National] = "Identified by MIIT (国家级).",
        [DesignationLevel.Provincial] = "Identified by a provincial SME authority (省级).",
    });
