using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

public sealed class RegistrySchema : GraphQL.Types.Schema
{
    public RegistrySchema(IServiceProvider services, RegistryQuery query) : base(services)
    {
        Description = "ClusterRegistry: China's SME characteristic industrial clusters (中小企业特色产业集群) under 工信部企业〔2022〕119号.";
        Query = query;
    }
}
