using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Batches;
using ClusterRegistry.Designations;
using GraphQL.Types;

namespace ClusterRegistry.Api.Designations;

public sealed class DesignationFilterInputType : InputObjectGraphType<DesignationFilter>
{
    public DesignationFilterInputType()
    {
        Name = "DesignationFilterInput";
        Description = "Conditions on a designation; all that are given must hold.";
        Field<ListGraphType<NonNullGraphType<DesignationFilterInputType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<DesignationFilterInputType>>>("or").Description("At least one of these holds.");
        Field<DesignationLevelOperationFilterInputType>("level").Description("National or provincial.");
        Field<IntOperationFilterInputType>("batchYear").Description("The year of the identifying batch.");
        Field<DesignationStatusOperationFilterInputType>("status").Description("The status on the query's status date (argument `statusOn`, default today).");
        Field<DateOperationFilterInputType>("validFrom").Description("The first day of validity.");
        Field<DateOperationFilterInputType>("validUntil").Description("The last day of validity after every passed review.");
    }
}

public sealed class DesignationLevelOperationFilterInputType()
    : EnumOperationFilterInputType<DesignationLevel, DesignationLevelType>("DesignationLevel");

public sealed class DesignationStatusOperationFilterInputType()
    : EnumOperationFilterInputType<DesignationStatus, DesignationStatusType>("DesignationStatus");

public sealed class ListDesignationFilterInputType()
    : ListFilterInputType<DesignationFilter, DesignationFilterInputType>("Designation", "designations");
