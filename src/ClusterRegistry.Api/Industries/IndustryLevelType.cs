using ClusterRegistry.Api.Schema;
using ClusterRegistry.Industries;

namespace ClusterRegistry.Api.Industries;

public sealed class IndustryLevelType() : DescribedEnumType<IndustryLevel>(
    "A level of GB/T 4754-2017.",
    new Dictionary<IndustryLevel, string>
    {
        [IndustryLevel.Section] = "A section (门类), A to T.",
        [IndustryLevel.Division] = "A division (大类), two digits.",
    });
