using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public static class ClusterMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<RecordIdentificationInputType, RecordIdentificationInput, RecordIdentificationPayloadType, Designation>(
            "recordIdentification",
            "Records a batch's identification of a cluster, creating the cluster when it is new. National batches: MIIT officials; provincial: that province's officials.",
            RecordIdentification.RunAsync);
        mutation.AddMutation<UpdateClusterProfileInputType, UpdateClusterProfileInput, UpdateClusterProfilePayloadType, Cluster>(
            "updateClusterProfile", "Updates a cluster's profile (English name, industry classification, description).",
            UpdateClusterProfile.RunAsync);
        mutation.AddMutation<RecordChangeFilingInputType, RecordChangeFilingInput, RecordChangeFilingPayloadType, ChangeFiling>(
            "recordChangeFiling", "Records a filed major change; a new lead industry or operating institution takes effect on the cluster.",
            RecordChangeFiling.RunAsync);
        mutation.AddMutation<RecordAnnualReportInputType, RecordAnnualReportInput, RecordAnnualReportPayloadType, AnnualReport>(
            "recordAnnualReport", "Records a cluster's annual report with its monitored figures.", RecordAnnualReport.RunAsync);
    }
}
